import { pictureFileName } from '../schemas/image';

/**
 * Which URLs a story may publish, judged the way a browser reads them (WHATWG URL parsing: character
 * references are already decoded by the Markdown parser; tabs and newlines would be dropped and the
 * scheme lower-cased by the browser, so we parse with the same URL parser rather than by pattern).
 */

/** What a link in a story may be. */
export type LinkVerdict =
	| { ok: true; kind: 'site'; path: string }
	| { ok: true; kind: 'fragment' | 'web' | 'mailto' | 'tel' }
	| { ok: false; reason: LinkRefusal };

export type LinkRefusal =
	/** A scheme other than https, http, mailto or tel (javascript:, data:, vbscript:, file:, …). */
	| 'scheme'
	/** http(s) without `//host`, to a host that is not a public name, or with a user name in it. */
	| 'host'
	/** `//host/…` or `/\host`: another site, written to look like a path of ours. */
	| 'protocol-relative'
	/** Spaces, tabs, newlines or other control characters, which browsers remove or read differently. */
	| 'characters'
	/** A relative path such as `../x` or `page.html`, which means something else on each page. */
	| 'relative';

/** Spaces, control characters and invisible separators, which browsers drop from URLs or read differently. */
const unsafeCharacters =
	// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
	/[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/;
const allowedSchemes = new Set(['https:', 'http:', 'mailto:', 'tel:']);
/** A public DNS name: labels of letters, digits and hyphens, ending in a top-level domain of letters. */
const publicHostname =
	/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
const siteOrigin = 'https://story.invalid';

/**
 * Judges the destination of a link (`[text](url)`, a reference definition, an autolink).
 * @example judgeLink('/en/products/nan-silverware/') // => { ok: true, kind: 'site', path: '/en/products/nan-silverware/' }
 * @example judgeLink('java\tscript:alert(1)') // => { ok: false, reason: 'characters' }
 */
export function judgeLink(url: string): LinkVerdict {
	if (unsafeCharacters.test(url)) return { ok: false, reason: 'characters' };
	if (url.startsWith('#')) return { ok: true, kind: 'fragment' };
	if (URL.canParse(url)) {
		const parsed = new URL(url);
		if (!allowedSchemes.has(parsed.protocol)) return { ok: false, reason: 'scheme' };
		if (parsed.protocol === 'mailto:') return { ok: true, kind: 'mailto' };
		if (parsed.protocol === 'tel:')
			return /^tel:\+?[\d\-().]+$/.test(url)
				? { ok: true, kind: 'tel' }
				: { ok: false, reason: 'scheme' };
		// `http:host/x` is another site on an https page but a path of ours on an http one: say `//`.
		if (!/^https?:\/\/[^/\\]/i.test(url)) return { ok: false, reason: 'host' };
		if (parsed.username || parsed.password || !publicHostname.test(parsed.hostname))
			return { ok: false, reason: 'host' };
		return { ok: true, kind: 'web' };
	}
	if (url.includes('\\')) return { ok: false, reason: 'protocol-relative' };
	if (url.startsWith('//')) return { ok: false, reason: 'protocol-relative' };
	if (!url.startsWith('/')) return { ok: false, reason: 'relative' };
	const resolved = new URL(url, `${siteOrigin}/th/products/x/`);
	if (resolved.origin !== siteOrigin) return { ok: false, reason: 'protocol-relative' };
	return { ok: true, kind: 'site', path: resolved.pathname };
}

/**
 * The file a picture's URL names, when it is a file in the story's own folder; otherwise undefined.
 * @example pictureFile('./loom.jpg') // => 'loom.jpg'
 * @example pictureFile('../other/loom.jpg') // => undefined
 */
export function pictureFile(url: string): string | undefined {
	return pictureFileName.exec(url)?.[1];
}
