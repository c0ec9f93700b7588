import { adminFolder, adminPolicy, parsePolicy, type Policy } from './csp';

const cspMeta = /<meta http-equiv="content-security-policy" content="([^"]*)">/g;

/**
 * A built page with Astro's CSP `<meta>` moved from the end of `<head>` to just after
 * `<meta charset>`, because a meta policy governs only what comes after it (Astro writes it after
 * the head's own styles and scripts), and the page's policy, for `_headers`. The browser editor's
 * page (under `adminFolder`) gets `adminPolicy` instead and gives none. `page` is the file's path
 * in the output folder, with `/`. A page without exactly one CSP meta is an error.
 */
export function policyFirst(html: string, page: string): { html: string; policy?: Policy } {
	const found = [...html.matchAll(cspMeta)];
	if (found.length !== 1)
		throw new Error(`${page}: expected one Content-Security-Policy meta, found ${found.length}.`);
	const [written, content] = found[0] as unknown as [string, string];
	// The browser editor is not a page of the reading site: it has its own policy.
	const editor = page.startsWith(adminFolder);
	const meta = editor
		? `<meta http-equiv="content-security-policy" content="${adminPolicy}">`
		: written;
	const without = html.replace(written, '');
	const charset = /<meta charset="utf-8">/i.exec(without);
	const at = charset
		? charset.index + charset[0].length
		: without.indexOf('>', without.indexOf('<head')) + 1;
	if (at <= 0) throw new Error(`${page}: no <head> to put the Content-Security-Policy in.`);
	return {
		html: without.slice(0, at) + meta + without.slice(at),
		...(editor ? {} : { policy: parsePolicy(decodeAttribute(content)) }),
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
