import { describe, expect, test } from 'vitest';
import { adminPolicy } from '../../src/lib/csp';
import { policyFirst } from '../../src/lib/csp-meta';

const meta = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' &#39;sha256-abc=&#39;">`;
const page = (head: string) =>
	`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title><script src="/a.js"></script>${head}</head><body>x</body></html>`;

describe('policyFirst', () => {
	test('moves the policy to just after <meta charset>, ahead of every script, and changes nothing else', () => {
		const { html } = policyFirst(page(meta), 'en/index.html');
		expect(html.indexOf(meta)).toBe(html.indexOf('<meta charset="utf-8">') + 22);
		expect(html.indexOf(meta)).toBeLessThan(html.indexOf('<script'));
		expect(html.replace(meta, '')).toBe(page(''));
	});

	test("gives the page's policy with Astro's attribute escapes undone", () => {
		const { policy } = policyFirst(page(meta), 'en/index.html');
		expect(policy?.get('script-src')).toEqual(["'self'", "'sha256-abc='"]);
		expect(policy?.get('default-src')).toEqual(["'self'"]);
	});

	test("puts the browser editor's own policy on its page, and leaves it out of the site's", () => {
		const { html, policy } = policyFirst(page(meta), 'admin/index.html');
		expect(policy).toBeUndefined();
		expect(html).toContain(`content="${adminPolicy}"`);
		expect(html).not.toContain('sha256-abc=');
	});

	test('refuses a page without a policy, or with two, naming the page', () => {
		expect(() => policyFirst(page(''), 'en/x/index.html')).toThrow(
			'en/x/index.html: expected one Content-Security-Policy meta, found 0.',
		);
		expect(() => policyFirst(page(meta + meta), 'en/x/index.html')).toThrow('found 2');
	});

	test('without <meta charset>, the policy goes first in <head>', () => {
		const { html } = policyFirst(
			`<html><head><script src="/a.js"></script>${meta}</head></html>`,
			'x.html',
		);
		expect(html).toBe(`<html><head>${meta}<script src="/a.js"></script></head></html>`);
	});
});
