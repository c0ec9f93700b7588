import { contentAdvice } from '../editor-messages/content';
import { localeCodes } from '../i18n/locales';
import type { SiteLink } from './check-story';
import type { ProblemLog } from './problem-log';

/** Every page path of the URL contract (without the base path), for checking links in stories. */
export function sitePaths(
	provinces: readonly string[],
	products: readonly string[],
	itineraries: readonly string[],
): Set<string> {
	const paths = new Set<string>(['/']);
	for (const locale of localeCodes) {
		for (const section of ['', 'products/', 'provinces/', 'itineraries/', 'search/'])
			paths.add(`/${locale}/${section}`);
		for (const slug of products) paths.add(`/${locale}/products/${slug}/`);
		for (const slug of provinces) paths.add(`/${locale}/provinces/${slug}/`);
		for (const slug of itineraries) paths.add(`/${locale}/itineraries/${slug}/`);
	}
	return paths;
}

/** Logs each story link that leads to no page of `pages`, with the nearest page as a suggestion. */
export function checkSiteLinks(
	log: ProblemLog,
	links: readonly SiteLink[],
	pages: ReadonlySet<string>,
): void {
	for (const link of links) {
		const path = link.url.replace(/[?#].*$/, '');
		if (pages.has(path) || pages.has(`${path}/`)) continue;
		log.errors.push({
			file: link.file,
			line: link.line,
			field: '(story)',
			...contentAdvice.siteLink(link.url, path, [...pages]),
		});
	}
}
