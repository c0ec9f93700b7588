import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
	headerLineLimit,
	headersFile,
	parsePolicy,
	scriptHash,
	serializePolicy,
	unionPolicy,
} from '../../src/lib/csp';

describe('CSP helpers', () => {
	test('scriptHash() is the base64 SHA-256 of the exact text, as a browser computes it', () => {
		const code = "document.documentElement.classList.add('x');";
		expect(scriptHash(code)).toBe(`sha256-${createHash('sha256').update(code).digest('base64')}`);
		expect(scriptHash(`${code} `)).not.toBe(scriptHash(code));
	});

	test('parsePolicy() reads directives in order, the first of a repeated one winning, and serializes back', () => {
		const policy = parsePolicy("default-src 'self';script-src 'self' 'sha256-a';  ; SCRIPT-SRC *;");
		expect([...policy]).toEqual([
			['default-src', ["'self'"]],
			['script-src', ["'self'", "'sha256-a'"]],
		]);
		expect(serializePolicy(policy)).toBe("default-src 'self'; script-src 'self' 'sha256-a'");
	});

	test('unionPolicy() keeps every source of every page once, and refuses pages with different directives', () => {
		const a = parsePolicy("default-src 'self'; script-src 'self' 'sha256-a'");
		const b = parsePolicy("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-b'");
		expect(serializePolicy(unionPolicy([a, b]))).toBe(
			"default-src 'self'; script-src 'self' 'sha256-a' 'wasm-unsafe-eval' 'sha256-b'",
		);
		expect(() => unionPolicy([a, parsePolicy("default-src 'self'")])).toThrow(/script-src/);
	});

	test('the union of runs of pages, joined in order, is the union of all the pages (how the page pass splits its work)', () => {
		const pages = [
			"default-src 'self'; script-src 'self' 'sha256-c'; style-src 'sha256-x'",
			"default-src 'self'; script-src 'self' 'sha256-a'; style-src 'sha256-y'",
			"default-src 'self'; script-src 'self' 'sha256-c' 'sha256-b'; style-src 'sha256-x'",
			"default-src 'self'; script-src 'self' 'sha256-a' 'sha256-d'; style-src 'sha256-z'",
			"default-src 'self'; script-src 'self'; style-src 'sha256-y'",
		].map(parsePolicy);
		const whole = serializePolicy(unionPolicy(pages));
		for (let cut = 1; cut < pages.length; cut++) {
			const runs = [pages.slice(0, cut), pages.slice(cut)].map(unionPolicy);
			expect(serializePolicy(unionPolicy(runs)), `cut at ${cut}`).toBe(whole);
		}
		expect(whole).toBe(
			"default-src 'self'; script-src 'self' 'sha256-c' 'sha256-a' 'sha256-b' 'sha256-d'; style-src 'sha256-x' 'sha256-y' 'sha256-z'",
		);
	});

	test('headersFile() writes rules under the base path, with frame-ancestors and inline styles left to the pages', () => {
		const file = headersFile(
			parsePolicy("default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-s'"),
			'/khong-dee/',
		);
		expect(file.split('\n').filter((line) => line.startsWith('/'))).toEqual([
			'/khong-dee/*',
			'/khong-dee/admin/*',
			'/khong-dee/*.svg',
		]);
		// The browser editor's page keeps its own policy: Cloudflare Pages drops the site's there.
		expect(file).toContain(
			'/khong-dee/admin/*\n  ! Content-Security-Policy\n  X-Frame-Options: DENY\n',
		);
		expect(file).toContain(
			"  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'\n",
		);
		expect(file).toContain('  X-Content-Type-Options: nosniff\n');
		expect(headersFile(parsePolicy("default-src 'self'"), '/')).toContain('\n/*\n');
	});

	test('headersFile() refuses a policy too long for a Cloudflare Pages line', () => {
		const hashes = Array.from({ length: 60 }, (_, i) => `'${scriptHash(String(i))}'`).join(' ');
		expect(() => headersFile(parsePolicy(`script-src 'self' ${hashes}`), '/')).toThrow(
			new RegExp(`over the ${headerLineLimit}`),
		);
	});
});
