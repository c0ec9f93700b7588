import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** One built HTML page: its URL path (`/en/products/x/`) and its parsed document. */
export interface BuiltPage {
	path: string;
	file: string;
	html: string;
	document: HTMLElement;
}

/** Where the browser editor lives: a page of Decap CMS, not of the reading site (its own tests). */
export const editorPath = '/admin/';

/**
 * Every `.html` file under `distDir` but the browser editor's, as the URL path a static host serves
 * it at: the pages a visitor reads, which every page test holds to the site's rules.
 */
export function readPages(distDir: string): BuiltPage[] {
	return walk(distDir)
		.filter((file) => file.endsWith('.html'))
		.filter(
			(file) => !relative(distDir, file).split('\\').join('/').startsWith(editorPath.slice(1)),
		)
		.map((file) => {
			const rel = relative(distDir, file).split('\\').join('/');
			const path = `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
			const html = readFileSync(file, 'utf8');
			return { path, file, html, document: parse(html) };
		})
		.sort((a, b) => a.path.localeCompare(b.path));
}

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		return statSync(full).isDirectory() ? walk(full) : [full];
	});
}

/** Whether a site path (`/th/`, `/_astro/a.css`, `/404.html`) is a file that the static host would serve. */
export function existsInDist(distDir: string, pathname: string): boolean {
	const clean = decodeURIComponent(pathname);
	const target = join(distDir, clean);
	if (clean.endsWith('/')) return existsSync(join(target, 'index.html'));
	return existsSync(target) && statSync(target).isFile();
}
