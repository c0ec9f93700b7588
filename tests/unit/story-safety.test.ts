import { describe, expect, test } from 'vitest';
import { storySafetyProblems } from '../../src/check/story-safety';

const whats = (body: string, mdx = true) => storySafetyProblems(body, mdx).map((p) => p.what.en);

describe('storySafetyProblems()', () => {
	test('accepts Markdown and the allowed components', () => {
		expect(whats('## Silver\n\nText with a [link](/en/provinces/nan/).\n\n<Quote cite="A weaver">Words</Quote>\n\n<YouTube id="abc123" title="Weaving" />\n')).toEqual([]);
		expect(whats("import loom from './loom.jpg';\n\n<Figure src={loom} alt=\"A loom\" />\n")).toEqual([]);
		expect(whats('<Figure src={fetch("x")} alt="A loom" />\n')).toEqual(['a {…} expression in src on <Figure>']);
	});
	test.each([
		['<script>alert(1)</script>', 'raw HTML'],
		['<iframe src="https://example.org"></iframe>', 'raw HTML'],
		['<style>body{}</style>', 'raw HTML'],
		['<Quote onClick="x()">hi</Quote>', 'raw HTML'],
		['<Marquee>hi</Marquee>', 'the component <Marquee> is not allowed in stories'],
		["import Evil from 'evil-package';", 'an import or export that is not allowed'],
		['export const x = 1;', 'an import or export that is not allowed'],
		['[click](javascript:alert(1))', 'a link to "javascript:alert(1)"'],
		['![photo](https://example.org/a.jpg)', 'a picture loaded from another website'],
		['Text {alert(1)} here', 'a {…} expression in the text'],
		['<Quote>unclosed', 'the MDX cannot be read'],
	])('rejects %s in MDX', (body, expected) => {
		const found = whats(body);
		expect(found.length, found.join('; ')).toBeGreaterThan(0);
		expect(found[0]).toContain(expected);
	});
	test('rejects raw HTML that runs code in plain Markdown too', () => {
		expect(whats('Text\n\n<script>alert(1)</script>\n', false)[0]).toContain('raw HTML');
		expect(whats('<img src="x" onerror="alert(1)">\n', false)[0]).toContain('raw HTML');
		expect(whats('Plain **Markdown** with <br> a break.\n', false)).toEqual([]);
	});
	test('reports the line in the file, counting the front matter', () => {
		const [problem] = storySafetyProblems('## A\n\nText\n\n<script>x</script>\n', true, 4);
		expect(problem!.line).toBe(9);
	});
});

describe('allowedStoryComponents', () => {
	test('names exactly the components the pages hand to stories', async () => {
		const { storyComponents } = await import('../../src/components/story');
		const { allowedStoryComponents } = await import('../../src/check/story-safety');
		expect(Object.keys(storyComponents).sort()).toEqual([...allowedStoryComponents].sort());
	});
});
