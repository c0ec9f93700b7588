import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
	adminFolder,
	adminPolicy,
	headersFile,
	parsePolicy,
	unionPolicy,
	type Policy,
} from '../lib/csp';

const cspMeta = /<meta http-equiv="content-security-policy" content="([^"]*)">/g;

/**
 * After the build, on every page: moves Astro's CSP `<meta>` from the end of `<head>` to just after
 * `<meta charset>`, because a meta policy governs only what comes after it (Astro writes it after
 * the head's own styles and scripts); then writes `_headers` with the same policy as an HTTP header.
 * A page without exactly one CSP meta fails the build.
 */
export function cspHeaders(): AstroIntegration {
	let base = '/';
	return {
		name: 'khong-dee:csp',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const pages = (await readdir(outDir, { recursive: true })).filter((file) =>
					file.endsWith('.html'),
				);
				const policies: Policy[] = [];
				for (const page of pages) {
					const file = join(outDir, page);
					const html = await readFile(file, 'utf8');
					const found = [...html.matchAll(cspMeta)];
					if (found.length !== 1)
						throw new Error(
							`${page}: expected one Content-Security-Policy meta, found ${found.length}.`,
						);
					const [written, content] = found[0] as unknown as [string, string];
					// The browser editor is not a page of the reading site: it has its own policy.
					const editor = page.split(sep).join('/').startsWith(adminFolder);
					const meta = editor
						? `<meta http-equiv="content-security-policy" content="${adminPolicy}">`
						: written;
					if (!editor) policies.push(parsePolicy(decodeAttribute(content)));
					const without = html.replace(written, '');
					const charset = /<meta charset="utf-8">/i.exec(without);
					const at = charset
						? charset.index + charset[0].length
						: without.indexOf('>', without.indexOf('<head')) + 1;
					if (at <= 0) throw new Error(`${page}: no <head> to put the Content-Security-Policy in.`);
					await writeFile(file, without.slice(0, at) + meta + without.slice(at));
				}
				await writeFile(join(outDir, '_headers'), headersFile(unionPolicy(policies), base));
				logger.info(
					`put the Content-Security-Policy first in ${pages.length} pages and wrote _headers`,
				);
			},
		},
	};
}

/** Astro escapes `&`, `"`, `'`, `<`, `>` in attribute values; a policy uses only `'` of them. */
function decodeAttribute(value: string): string {
	return value
		.replace(/&#39;|&#x27;|&apos;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}
