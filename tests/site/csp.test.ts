import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import {
	adminPolicy,
	headerLineLimit,
	parsePolicy,
	svgPolicy,
	youTubeOrigin,
	type Policy,
} from '../../src/lib/csp';
import { editorPath, readPages, type BuiltPage } from '../support/built-site';

const distDir = inject('distDir');
let pages: BuiltPage[];

beforeAll(() => {
	pages = readPages(distDir);
});

/** The page's meta policy (every test below first checks there is exactly one). */
function policyOf(page: BuiltPage): Policy {
	const metas = page.document.querySelectorAll('meta[http-equiv="content-security-policy"]');
	if (metas.length !== 1)
		throw new Error(`${page.path}: ${metas.length} Content-Security-Policy metas`);
	return parsePolicy(metas[0]!.getAttribute('content') ?? '');
}

/** The sources that govern an element of `kind` (`script`, `style`), as a browser falls back. */
function elementSources(policy: Policy, kind: 'script' | 'style'): string[] {
	return (
		policy.get(`${kind}-src-elem`) ?? policy.get(`${kind}-src`) ?? policy.get('default-src') ?? []
	);
}

/** `'sha256-…'`, `'sha384-…'` and `'sha512-…'` of a text, as a policy lists them. */
function hashesOf(text: string): string[] {
	return ['sha256', 'sha384', 'sha512'].map(
		(algorithm) => `'${algorithm}-${createHash(algorithm).update(text, 'utf8').digest('base64')}'`,
	);
}

/** Data blocks (JSON-LD, the search page's configuration) are never run, so no policy governs them. */
const isDataBlock = (script: HTMLElement) =>
	/^application\/(ld\+)?json$/i.test(script.getAttribute('type') ?? '');

describe('every page has a Content-Security-Policy', () => {
	test('in one meta, first in <head> after the charset, so it governs everything after it', () => {
		const problems: string[] = [];
		for (const page of pages) {
			const metas = page.document.querySelectorAll('meta[http-equiv="content-security-policy"]');
			if (metas.length !== 1) {
				problems.push(`${page.path}: ${metas.length} CSP metas`);
				continue;
			}
			const head = page.document
				.querySelector('head')!
				.childNodes.filter((n) => n.nodeType === 1) as HTMLElement[];
			const first = head.findIndex(
				(element) => element.rawTagName !== 'meta' || element.getAttribute('charset') === undefined,
			);
			if (head[first] !== metas[0])
				problems.push(`${page.path}: the CSP meta is not the first element after <meta charset>`);
		}
		expect(problems).toEqual([]);
	});

	test('never allows inline scripts wholesale, and closes <base>, plugins and other hosts', () => {
		const problems: string[] = [];
		for (const page of pages) {
			const policy = policyOf(page);
			const expect = (name: string, sources: string[]) => {
				if (JSON.stringify(policy.get(name)) !== JSON.stringify(sources))
					problems.push(`${page.path}: ${name} is ${policy.get(name)?.join(' ')}`);
			};
			expect('default-src', ["'self'"]);
			expect('base-uri', ["'none'"]);
			expect('object-src', ["'none'"]);
			expect('form-action', ["'self'"]);
			expect('img-src', ["'self'"]);
			expect('font-src', ["'self'"]);
			expect('connect-src', ["'self'"]);
			expect('frame-src', [youTubeOrigin]);
			for (const name of ['script-src', 'script-src-elem', 'script-src-attr']) {
				const bad = (policy.get(name) ?? []).filter((s) =>
					[
						"'unsafe-inline'",
						"'unsafe-eval'",
						"'unsafe-hashes'",
						"'strict-dynamic'",
						'*',
						'data:',
						'blob:',
						'http:',
						'https:',
					].includes(s),
				);
				if (bad.length > 0) problems.push(`${page.path}: ${name} allows ${bad.join(' ')}`);
			}
			if (!policy.get('script-src')?.includes("'self'"))
				problems.push(`${page.path}: script-src lacks 'self'`);
			// A meta policy ignores these (and the browser says so in the console): they belong in _headers.
			for (const name of ['frame-ancestors', 'sandbox', 'report-uri'])
				if (policy.has(name)) problems.push(`${page.path}: ${name} in a meta`);
		}
		expect(problems).toEqual([]);
	});

	test("allows WebAssembly ('wasm-unsafe-eval') on the search pages only, where pagefind needs it", () => {
		const withWasm = pages
			.filter((page) => policyOf(page).get('script-src')!.includes("'wasm-unsafe-eval'"))
			.map((p) => p.path);
		expect(withWasm).toEqual(['/en/search/', '/th/search/']);
	});

	test('lists the hash of every inline script it runs, and of every inline style', () => {
		const problems: string[] = [];
		let scripts = 0;
		for (const page of pages) {
			const policy = policyOf(page);
			for (const script of page.document
				.querySelectorAll('script:not([src])')
				.filter((s) => !isDataBlock(s))) {
				scripts++;
				if (
					!hashesOf(script.rawText).some((hash) => elementSources(policy, 'script').includes(hash))
				) {
					problems.push(
						`${page.path}: no hash for the script ${JSON.stringify(script.rawText.slice(0, 80))}`,
					);
				}
			}
			for (const style of page.document.querySelectorAll('style')) {
				if (
					!hashesOf(style.rawText).some((hash) => elementSources(policy, 'style').includes(hash))
				) {
					problems.push(
						`${page.path}: no hash for the style ${JSON.stringify(style.rawText.slice(0, 80))}`,
					);
				}
			}
		}
		expect(problems).toEqual([]);
		// The service worker's registration on every page but the root and 404, and the search page's own.
		expect(scripts).toBeGreaterThan(pages.length);
	});

	test('has no style or on… attribute a policy would block (hashes do not cover attributes)', () => {
		const problems: string[] = [];
		for (const page of pages) {
			const policy = policyOf(page);
			const attributeSources =
				policy.get('style-src-attr') ?? policy.get('style-src') ?? policy.get('default-src') ?? [];
			const stylesAllowed =
				attributeSources.includes("'unsafe-inline'") &&
				!attributeSources.some((s) => /^'(sha\d+|nonce)-/.test(s));
			for (const element of page.document.querySelectorAll('*')) {
				const attributes = Object.keys(element.attributes);
				if (!stylesAllowed && attributes.includes('style'))
					problems.push(
						`${page.path}: <${element.rawTagName} style="${element.getAttribute('style')}">`,
					);
				for (const name of attributes.filter((a) => /^on/i.test(a)))
					problems.push(`${page.path}: <${element.rawTagName} ${name}>`);
			}
		}
		expect(problems).toEqual([]);
	});

	test('asks for a referrer that names only the origin', () => {
		const without = pages.filter(
			(p) =>
				p.document.querySelector('meta[name="referrer"]')?.getAttribute('content') !==
				'strict-origin-when-cross-origin',
		);
		expect(without.map((p) => p.path)).toEqual([]);
	});

	test('lets a YouTube video play only from the one host frame-src allows', () => {
		const component = readFileSync('src/components/story/YouTube.astro', 'utf8');
		const hosts = [...component.matchAll(/https:\/\/[^/`'"]+/g)].map((m) => m[0]);
		expect(new Set(hosts)).toEqual(new Set([youTubeOrigin]));
	});
});

describe('_headers (Netlify, Cloudflare Pages)', () => {
	let rules: Map<string, Map<string, string>>;

	beforeAll(() => {
		rules = new Map();
		let current: Map<string, string> | undefined;
		for (const line of readFileSync(`${distDir}/_headers`, 'utf8').split('\n')) {
			if (line.startsWith('#') || !line.trim()) continue;
			expect(line.length, 'a Cloudflare Pages line').toBeLessThanOrEqual(headerLineLimit);
			if (!line.startsWith(' ')) rules.set(line.trim(), (current = new Map()));
			else if (/^\s+!/.test(line)) {
				// Cloudflare Pages: drop a header that a broader rule sets.
				current!.set(`!${line.replace(/^\s+!\s*/, '').toLowerCase()}`, '');
			} else {
				const [, name, value] = /^\s+([\w-]+):\s*(.*)$/.exec(line)!;
				current!.set(name!.toLowerCase(), value!);
			}
		}
	});

	test('exists, with a rule for every response, one for the browser editor and one for SVG files', () => {
		expect(existsSync(`${distDir}/_headers`)).toBe(true);
		expect([...rules.keys()]).toEqual(['/*', '/admin/*', '/*.svg']);
	});

	test("leaves the browser editor its own page's policy, and still out of other sites' frames", () => {
		const editor = rules.get('/admin/*')!;
		expect([...editor.keys()].sort()).toEqual(['!content-security-policy', 'x-frame-options']);
		expect(editor.get('x-frame-options')).toBe('DENY');
	});

	test('sends what only a header can: frame-ancestors, nosniff and the referrer policy', () => {
		const all = rules.get('/*')!;
		expect(parsePolicy(all.get('content-security-policy')!).get('frame-ancestors')).toEqual([
			"'none'",
		]);
		expect(all.get('x-content-type-options')).toBe('nosniff');
		expect(all.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
	});

	test("allows everything each page's own policy allows, so that the two together are the page's", () => {
		const header = parsePolicy(rules.get('/*')!.get('content-security-policy')!);
		const problems: string[] = [];
		for (const page of pages) {
			for (const [name, sources] of policyOf(page)) {
				if (name === 'style-src') continue; // the header allows inline styles; each page's hashes restrict them
				const missing = sources.filter((s) => !header.get(name)?.includes(s));
				if (missing.length > 0)
					problems.push(`${page.path}: ${name} ${missing.join(' ')} is not in the header`);
			}
		}
		expect(problems).toEqual([]);
		expect(header.get('script-src')).not.toContain("'unsafe-inline'");
		expect(header.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
	});

	test('makes an SVG opened on its own inert', () => {
		const policy = parsePolicy(rules.get('/*.svg')!.get('content-security-policy')!);
		expect(policy).toEqual(parsePolicy(svgPolicy));
		expect(policy.get('default-src')).toEqual(["'none'"]);
		expect(policy.has('sandbox')).toBe(true);
	});
});

describe("the browser editor's page", () => {
	test('carries its own policy: scripts from the site only (Decap compiles its config checks), nothing from another host but GitHub', () => {
		const html = readFileSync(`${distDir}${editorPath}index.html`, 'utf8');
		const metas = [
			...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)">/g),
		];
		expect(metas).toHaveLength(1);
		const policy = parsePolicy(metas[0]![1]!);
		expect(policy).toEqual(parsePolicy(adminPolicy));
		expect(policy.get('script-src')).toEqual(["'self'", "'unsafe-eval'"]);
		const hosts = [...policy.values()].flat().filter((source) => /^https?:/.test(source));
		expect(hosts).toEqual(['https://api.github.com']);
		// First in <head>, so that it governs everything after it.
		expect(html.indexOf('content-security-policy')).toBeLessThan(html.indexOf('<script'));
		expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
	});
});
