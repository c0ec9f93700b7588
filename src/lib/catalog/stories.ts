import { isLocale, localeCodes, type Locale } from '../../i18n/locales';
import type { ContentProblem } from '../content-problem';
import { noStory, storyWithoutFacts, translationMissing } from '../../editor-messages/catalog';
import type { EntryLike, Item } from './types';
import { storyFileName } from '../story-files';

/** An item's stories by language. */
export type StoriesByLocale<S> = Partial<Record<Locale, S>>;

/**
 * Sorts stories (ids `<slug>/<locale>`) under their item's slug by language. A story with no facts
 * file beside it is an error; one of an item whose facts failed validation is skipped.
 */
export function groupStories<S extends EntryLike<unknown>>(
	stories: readonly S[],
	itemIds: ReadonlySet<string>,
	invalidIds: ReadonlySet<string>,
	folder: string,
	errors: ContentProblem[],
): Map<string, StoriesByLocale<S>> {
	const grouped = new Map<string, StoriesByLocale<S>>();
	for (const story of stories) {
		const [slug = '', locale] = story.id.split('/');
		if (invalidIds.has(slug)) continue;
		if (!itemIds.has(slug)) {
			errors.push({
				file:
					story.filePath ??
					`${folder}/${slug}/${isLocale(locale) ? storyFileName(locale) : locale}`,
				field: '(file)',
				...storyWithoutFacts(`${folder}/${slug}`),
			});
			continue;
		}
		if (isLocale(locale)) grouped.set(slug, { ...grouped.get(slug), [locale]: story });
	}
	return grouped;
}

/**
 * An item needs a story in at least one language (an error otherwise); each language it lacks is a
 * translation gap, which the page covers with the other language and a notice.
 */
export function checkStoriesExist(
	stories: StoriesByLocale<unknown>,
	folder: string,
	errors: ContentProblem[],
	gaps: ContentProblem[],
): void {
	const missing = localeCodes.filter((locale) => !stories[locale]);
	if (missing.length === localeCodes.length) {
		errors.push({ file: `${folder}/${storyFileName('th')}`, field: '(file)', ...noStory(folder) });
		return;
	}
	for (const locale of missing)
		gaps.push({
			file: `${folder}/${storyFileName(locale)}`,
			field: '(file)',
			...translationMissing(locale),
		});
}

/**
 * The story to show on a page in `locale`: its own, or the other language's with `isFallback` set.
 * @example storyFor(product, 'en') // => { story: enEntry, locale: 'en', isFallback: false }
 */
export function storyFor<S>(
	item: Item<unknown, S>,
	locale: Locale,
): { story: S; locale: Locale; isFallback: boolean } {
	const own = item.stories[locale];
	if (own) return { story: own, locale, isFallback: false };
	const [other] = localeCodes.filter((l) => l !== locale && item.stories[l]);
	const story = other ? item.stories[other] : undefined;
	if (!other || !story) throw new Error(`"${item.slug}" has no story in any language.`);
	return { story, locale: other, isFallback: true };
}
