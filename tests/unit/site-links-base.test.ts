import { describe, expect, test } from 'vitest';
import { withBase } from '../../src/story-policy/site-links-base';

describe('withBase()', () => {
	test('puts the base path in front of links to the site’s own pages, in both languages', () => {
		expect(withBase('/en/products/aranyik-knives/', '/khong-dee/')).toBe(
			'/khong-dee/en/products/aranyik-knives/',
		);
		expect(withBase('/th/', '/khong-dee')).toBe('/khong-dee/th/');
		expect(withBase('/th', '/khong-dee/')).toBe('/khong-dee/th');
	});
	test('leaves other links alone: other sites, anchors, and paths that only start alike', () => {
		for (const href of [
			'https://example.org/en/x/',
			'#notes',
			'mailto:a@b.org',
			'/english/',
			'/thai/',
		])
			expect(withBase(href, '/khong-dee/')).toBe(href);
	});
	test('changes nothing when the site is at the root', () => {
		expect(withBase('/en/products/x/', '/')).toBe('/en/products/x/');
	});
});
