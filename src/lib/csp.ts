import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy of every page. Astro writes it as a `<meta http-equiv>` with the
 * hashes of its own scripts and styles in `script-src` and `style-src` (`security.csp` in
 * astro.config.mjs); after the build, `src/lib/csp-meta.ts` moves that meta to the top of `<head>`
 * and `src/integrations/finish-pages.ts` writes the same policy as an HTTP header in `_headers`
 * for hosts that read it.
 */

/** Astro's hash function for its scripts and styles, and ours for the few inline scripts it does not hash. */
export const cspAlgorithm = 'SHA-256';

/** Where a YouTube video plays once the reader presses play (`src/components/story/YouTube.astro`). */
export const youTubeOrigin = 'https://www.youtube-nocookie.com';

/**
 * Every directive but `script-src` and `style-src`, which Astro writes from `'self'` and its hashes.
 * Nothing is loaded from another host: pictures, fonts, the search index and the service worker
 * are all the site's own. The one exception is the frame a YouTube video plays in.
 */
export const cspDirectives = [
	"default-src 'self'",
	// No <base> may redirect relative links, no plugins, forms only to the site itself (search).
	"base-uri 'none'",
	"object-src 'none'",
	"form-action 'self'",
	// Pictures are files of the site (no data: URIs anywhere, pagefind's thumbnails included).
	"img-src 'self'",
	"font-src 'self'",
	// pagefind fetches its index and WebAssembly from /pagefind/.
	"connect-src 'self'",
	// public/sw.js, the offline reader.
	"worker-src 'self'",
	`frame-src ${youTubeOrigin}`,
] as const;

/**
 * What the search page adds to `script-src`: pagefind compiles its WebAssembly, which a policy
 * allows only with this keyword. No other page runs WebAssembly, so no other page has it.
 */
export const wasmSource = "'wasm-unsafe-eval'";

/**
 * The browser editor's page (/admin/, Decap CMS), in place of the site's policy: Decap writes its
 * styles into the page as it runs (so inline styles), shows a picture being uploaded from a `blob:`
 * URL, saves online through GitHub's API, and checks its configuration with ajv, which compiles
 * each check into a function (`'unsafe-eval'`). Scripts still come only from the site itself.
 */
export const adminPolicy = [
	"default-src 'self'",
	"base-uri 'none'",
	"object-src 'none'",
	"form-action 'self'",
	"script-src 'self' 'unsafe-eval'",
	"style-src 'self' 'unsafe-inline'",
	"img-src 'self' blob: data:",
	"font-src 'self'",
	"connect-src 'self' blob: https://api.github.com",
	"worker-src 'self' blob:",
	"frame-src 'self'",
].join('; ');

/** Pages under this folder carry `adminPolicy` instead of the site's (src/lib/csp-meta.ts). */
export const adminFolder = 'admin/';

/** Only an HTTP header can forbid other sites to frame a page; a meta policy ignores it. */
const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

/**
 * SVG files opened on their own (a cover at `/_astro/cover.….svg`): nothing loads, nothing runs,
 * only the SVG's own `<style>` applies. As an `<img>` an SVG never runs script anyway.
 */
export const svgPolicy =
	"default-src 'none'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'";

/**
 * Where links go: another site learns only that a reader came from this one (the origin, never the
 * page). Not `no-referrer`: YouTube refuses to play an embedded video when the page sends no referrer.
 */
export const referrerPolicy = 'strict-origin-when-cross-origin';

/** The CSP source of an inline script, computed from its exact text: `sha256-…`. */
export function scriptHash(code: string): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}

/** A policy as directive name → sources, in the order written. */
export type Policy = Map<string, string[]>;

/** Reads `default-src 'self'; script-src 'self' 'sha256-…'` into directives and their sources. */
export function parsePolicy(text: string): Policy {
	const policy: Policy = new Map();
	for (const part of text.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
		if (!name) continue;
		const key = name.toLowerCase();
		// As browsers do: the first occurrence of a directive wins.
		if (!policy.has(key)) policy.set(key, sources);
	}
	return policy;
}

export function serializePolicy(policy: Policy): string {
	return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy that allows everything any of `policies` allows: each directive with the union of
 * its sources. As a header next to each page's own meta policy it takes nothing away (a browser
 * enforces both), and it still holds the site to its own hashes where a meta cannot reach.
 */
export function unionPolicy(policies: Policy[]): Policy {
	const union: Policy = new Map();
	const names = new Set(policies.flatMap((p) => [...p.keys()]));
	for (const name of names) {
		if (policies.some((p) => !p.has(name))) {
			// A directive missing from one page falls back to default-src there; the union must too.
			throw new Error(
				`CSP: "${name}" is in some pages' policies but not in others; give every page the same directives.`,
			);
		}
		union.set(name, [...new Set(policies.flatMap((p) => p.get(name) ?? []))]);
	}
	return union;
}

/** Cloudflare Pages refuses a `_headers` line longer than this, header name and indentation included. */
export const headerLineLimit = 2000;

/**
 * The header policy for every response: the union of the pages' policies, so that it takes nothing
 * away from any page, but with `style-src 'self' 'unsafe-inline'` instead of the two dozen style
 * hashes, which would not fit in a `_headers` line. Each page's meta policy still allows only its
 * hashed styles (a browser enforces both policies), and a style runs no code; scripts keep their
 * hashes here too, so the header alone never allows an inline script that no page has.
 */
function headerPolicy(pagePolicy: Policy): Policy {
	const policy: Policy = new Map(pagePolicy);
	policy.set('style-src', ["'self'", "'unsafe-inline'"]);
	for (const [name, sources] of headerOnlyDirectives.flatMap((d) => [...parsePolicy(d)]))
		policy.set(name, sources);
	return policy;
}

/** The `_headers` file (Netlify, Cloudflare Pages) for a site under `base` (`/` or `/<repository>/`). */
export function headersFile(pagePolicy: Policy, base: string): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const csp = `  Content-Security-Policy: ${serializePolicy(headerPolicy(pagePolicy))}`;
	if (csp.length > headerLineLimit) {
		throw new Error(
			`_headers: the Content-Security-Policy line is ${csp.length} characters, over the ${headerLineLimit} a line may have on Cloudflare Pages. ` +
				'Too many distinct inline scripts: bundle some together, or make them external files.',
		);
	}
	return [
		'# Written by the build (src/integrations/finish-pages.ts from src/lib/csp.ts); do not edit.',
		"# Every response: the union of the pages' own policies. Each page also carries its own, tighter",
		'# <meta http-equiv="content-security-policy"> with its hashes; a browser enforces both.',
		'# frame-ancestors, nosniff and Referrer-Policy work only as headers.',
		`${prefix}*`,
		csp,
		'  X-Content-Type-Options: nosniff',
		`  Referrer-Policy: ${referrerPolicy}`,
		'',
		'# The browser editor carries its own policy (adminPolicy in src/lib/csp.ts) in its page; Cloudflare',
		"# Pages would otherwise add the site's policy above to it, and a browser enforces both.",
		"# X-Frame-Options keeps it out of other sites' frames, which frame-ancestors did above.",
		`${prefix}${adminFolder}*`,
		'  ! Content-Security-Policy',
		'  X-Frame-Options: DENY',
		'',
		'# SVG files opened on their own are inert. Last, so that a host that lets the later rule win',
		'# (Netlify) serves this policy, and one that joins both (Cloudflare Pages) enforces both.',
		`${prefix}*.svg`,
		`  Content-Security-Policy: ${svgPolicy}`,
		'',
	].join('\n');
}
