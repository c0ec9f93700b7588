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

/** Every `.html` file under `distDir`, as the URL path a static host serves it at. */
export function readPages(distDir: string): BuiltPage[] {
	return walk(distDir)
		.filter((file) => file.endsWith('.html'))
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
