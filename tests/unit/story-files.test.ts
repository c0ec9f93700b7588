import { describe, expect, test } from 'vitest';
import { storyFileName, storyFileOf, storyLocaleOf } from '../../src/lib/story-files';

describe('story file names', () => {
	test('are index.<language>.md, or .mdx for a story that uses a component', () => {
		expect(storyFileName('th')).toBe('index.th.md');
		expect(storyFileName('en', true)).toBe('index.en.mdx');
	});
	test('are read back to their language, and nothing else is a story', () => {
		expect(storyFileOf('index.th.md')).toEqual({ locale: 'th', mdx: false });
		expect(storyFileOf('index.en.mdx')).toEqual({ locale: 'en', mdx: true });
		for (const name of [
			'th.md',
			'en.mdx',
			'index.fr.md',
			'index.en.md.bak',
			'index.en.txt',
			'facts.yaml',
		])
			expect(storyFileOf(name), name).toBeUndefined();
	});
	test('give a path’s language from its last part only', () => {
		expect(storyLocaleOf('content/products/nan-silverware/index.th.md')).toBe('th');
		expect(storyLocaleOf('/c/index.th.md/index.en.mdx')).toBe('en');
		expect(storyLocaleOf('content/products/index.th.md/facts.yaml')).toBeUndefined();
	});
});
