import { pathToFileURL } from 'node:url';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { storyLocale } from '../../src/story-policy/footnote-language';
import { storyMarkdownOptions, storyProcessor } from '../../src/story-policy/processor';

/** The HTML the site's processor makes of a Markdown story stored as `file`. */
async function render(text: string, file: string) {
	const renderer = await storyProcessor().createRenderer({
		...storyMarkdownOptions,
		image: {},
	} as never);
	const { code } = await renderer.render(text, {
		frontmatter: {},
		fileURL: pathToFileURL(file),
	});
	return parse(code);
}

const story =
	'## Notes on silver\n\nA fact[^1] and the same again[^1].\n\n[^1]: A public source.\n';

describe('footnotes in the story’s language', () => {
	test('a Thai story’s footnotes are headed and labelled in Thai', async () => {
		const html = await render(story, '/site/content/products/nan-silverware/index.th.md');
		expect(html.querySelector('#footnote-label')?.textContent).toBe('เชิงอรรถ');
		const labels = html
			.querySelectorAll('[data-footnote-backref]')
			.map((a) => a.getAttribute('aria-label'));
		expect(labels).toEqual(['กลับไปยังจุดอ้างอิงที่ 1', 'กลับไปยังจุดอ้างอิงที่ 1-2']);
	});

	test('an English story’s are in English, and a heading of the story itself is left alone', async () => {
		const html = await render(story, '/site/content/itineraries/nan-in-two-days/index.en.mdx');
		expect(html.querySelector('#footnote-label')?.textContent).toBe('Notes');
		expect(html.querySelector('h2:not(#footnote-label)')?.textContent).toBe('Notes on silver');
		expect(html.querySelector('[data-footnote-backref]')?.getAttribute('aria-label')).toBe(
			'Back to reference 1',
		);
	});
});

test('storyLocale reads the language from the story file’s name only', () => {
	expect(storyLocale(pathToFileURL('/c/products/x/index.th.mdx'))).toBe('th');
	expect(storyLocale(pathToFileURL('/c/products/x/index.en.md'))).toBe('en');
	expect(storyLocale(pathToFileURL('/c/products/th/notes.md'))).toBeUndefined();
	expect(storyLocale(undefined)).toBeUndefined();
});
