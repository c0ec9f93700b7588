import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { storyComponents } from '../../src/components/story';
import { storyComponentProps } from '../../src/story-policy/allowlist';
import { quote } from '../../src/editor-messages/bilingual';
import { compileStory } from '../../src/story-policy/processor';
import { storyBodyAsAstroReadsIt } from '../../src/story-policy/story-body';
import { judgeLink, pictureFile } from '../../src/story-policy/urls';

describe('judgeLink()', () => {
	test.each([
		['/en/products/nan-silverware/', 'site'],
		['/th/provinces/nan/#map', 'site'],
		['#user-content-fn-1', 'fragment'],
		['https://www.tourismthailand.org/', 'web'],
		['http://example.org/path?q=1', 'web'],
		['https://ตัวอย่าง.ไทย/', 'web'],
		['mailto:info@example.org', 'mailto'],
		['tel:+66-2-250-5500', 'tel'],
	])('allows %s as %s', (url, kind) => {
		expect(judgeLink(url)).toMatchObject({ ok: true, kind });
	});

	test.each([
		['javascript:alert(1)', 'scheme'],
		['JAVASCRIPT:alert(1)', 'scheme'],
		['data:text/html,x', 'scheme'],
		['vbscript:x', 'scheme'],
		['file:///etc/passwd', 'scheme'],
		['ftp://example.org/', 'scheme'],
		['tel:javascript:alert(1)', 'scheme'],
		['java\tscript:alert(1)', 'characters'],
		['java\nscript:alert(1)', 'characters'],
		[' javascript:alert(1)', 'characters'],
		['\u0000javascript:alert(1)', 'characters'],
		['javascript\u00a0:x', 'characters'],
		['http:evil.example/x', 'host'],
		['https:/evil.example/x', 'host'],
		['https://user@evil.example/', 'host'],
		['http://10.0.0.1/', 'host'],
		['http://[::1]/', 'host'],
		['http://localhost:4321/', 'host'],
		['//evil.example/x', 'protocol-relative'],
		['/\\evil.example/x', 'protocol-relative'],
		['\\\\evil.example/x', 'protocol-relative'],
		['../betong-chicken/', 'relative'],
		['page.html', 'relative'],
	])('refuses %j (%s)', (url, reason) => {
		expect(judgeLink(url)).toEqual({ ok: false, reason });
	});
});

describe('pictureFile()', () => {
	test('names a file in the story’s own folder, and nothing else', () => {
		expect(pictureFile('./loom.jpg')).toBe('loom.jpg');
		expect(pictureFile('loom-2.final.WEBP')).toBe('loom-2.final.WEBP');
		for (const url of [
			'../x/loom.jpg',
			'./sub/loom.jpg',
			'/etc/passwd',
			'https://evil.example/a.png',
			'./loom.jpg?x',
			'./.hidden.jpg',
			'./loom.gif',
			'./lo%2fom.jpg',
			'./loom.jpg\n',
		]) {
			expect(pictureFile(url), url).toBeUndefined();
		}
	});
});

describe('quote()', () => {
	test('keeps a quoted value short and on one line', () => {
		expect(quote('a\nb\tc')).toBe('a b c');
		expect(quote('x'.repeat(100), 10)).toBe(`${'x'.repeat(10)}…`);
	});
});

const story = (body: string, mdx = false) =>
	compileStory(body, {
		file: `/tmp/story/en.${mdx ? 'mdx' : 'md'}`,
		mdx,
		frontmatter: { title: 'A title', summary: 'A summary' },
	});

describe('compileStory()', () => {
	test('accepts the Markdown a story is written in and lists its site links and pictures with lines', async () => {
		const outcome = await story(
			'## Silver\n\nSee [Nan](/en/provinces/nan/) and ![A loom](./loom.jpg).\n\n> A quote\n\n1. one\n2. two\n\n- [x] done\n\n~~old~~ `code`\n\nA note[^1].\n\n[^1]: From [TAT](https://www.tourismthailand.org/).\n',
		);
		expect(outcome.problems).toEqual([]);
		expect(outcome.siteLinks).toEqual([{ url: '/en/provinces/nan/', line: 3 }]);
		expect(outcome.pictures).toEqual([{ file: 'loom.jpg', line: 3 }]);
	});

	test('reports every problem with its line, in English and Thai', async () => {
		const outcome = await story('Text\n\n<b>bold</b>\n\n[x](javascript:alert(1))\n');
		expect(outcome.problems.map((p) => [p.line, p.what.en])).toEqual([
			[3, 'raw HTML (<b) is not allowed in stories'],
			[3, 'raw HTML (</b) is not allowed in stories'],
		]);
		expect(outcome.problems[0]!.what.th).toMatch(/\p{Script=Thai}/u);
	});

	test('reports link problems found after the HTML is generated', async () => {
		const outcome = await story('Text\n\n[x](javascript:alert(1))\n');
		expect(outcome.problems.map((p) => [p.line, p.what.en])).toEqual([
			[3, 'the link "javascript:alert(1)" is not allowed'],
		]);
	});

	test('drops HTML comments, and whatever follows them in the same block', async () => {
		const outcome = await story('<!-- a note --!> <img src=x onerror=alert(1)> -->\n\nText.\n');
		expect(outcome.problems).toEqual([]);
	});

	test('accepts the allowed components with their declared props, and refuses missing or unknown ones', async () => {
		const good =
			'import loom from \'./loom.jpg\'\n\n<Figure src={loom} alt="A loom" credit="Khong Dee" licence="CC0-1.0" caption="Weaving" />\n\n<Quote cite="A weaver">Words</Quote>\n\n<YouTube id="abcdefghijk" title="Weaving" />\n';
		expect((await story(good, true)).problems).toEqual([]);
		const bad = await story(
			'<Quote>Words</Quote>\n\n<YouTube id="short" title="x" colour="red" />\n',
			true,
		);
		expect(bad.problems.map((p) => p.what.en)).toEqual([
			'<Quote> needs cite="…"',
			'id on <YouTube> is not in the expected form',
			'<YouTube> has no attribute "colour"',
		]);
	});

	test('takes a Figure only with a licence the site knows', async () => {
		const figure = (licence: string) =>
			`import loom from './loom.jpg'\n\n<Figure src={loom} alt="A loom" credit="Khong Dee" licence="${licence}" />\n`;
		expect((await story(figure('CC-BY-SA-4.0'), true)).problems).toEqual([]);
		for (const licence of ['CC-BY 4.0', 'MIT', 'cc0-1.0', ''])
			expect(
				(await story(figure(licence), true)).problems.map((p) => p.what.en),
				licence,
			).toEqual([`licence="${licence}" on <Figure> is not one of the values it takes`]);
	});

	test('gives story headings ids of their own, so they never take the page’s', async () => {
		const { markdownToHtml } = await import('satteri');
		const { storyPolicyPlugins } = await import('../../src/story-policy/plugins');
		const { html } = await markdownToHtml('## Journeys\n\n## Journeys\n\n## ผ้าทอ\n', {
			...storyPolicyPlugins(),
			features: { gfm: true },
		});
		expect(html).toContain('<h2 id="story-journeys">Journeys</h2>');
		expect(html).toContain('<h2 id="story-journeys-1">Journeys</h2>');
		expect(html).toContain('<h2 id="story-ผ้าทอ">ผ้าทอ</h2>');
	});

	test('names each problem at its line in the file, front matter counted, in Markdown and MDX', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'khong-dee-lines-'));
		const text =
			'---\ntitle: A title\nsummary: A summary\n---\n\n## Heading\n\nText.\n\nSee `__ASTRO_IMAGE_` here.\n\n<b>bold</b>\n';
		for (const mdx of [false, true]) {
			const file = join(folder, mdx ? 'index.en.mdx' : 'index.en.md');
			writeFileSync(file, text);
			const outcome = await compileStory(storyBodyAsAstroReadsIt(text, mdx)!, {
				file,
				mdx,
				frontmatter: { title: 'A title', summary: 'A summary' },
			});
			expect(outcome.problems.map((p) => p.line)).toEqual(mdx ? [10, 12] : [10, 12, 12]);
		}
	});

	test('accepts footnotes with Thai labels, and refuses a story too long to be one', async () => {
		expect((await story('ข้อความ[^หมายเหตุ]\n\n[^หมายเหตุ]: ที่มา\n')).problems).toEqual([]);
		const long = await story(`${'ก'.repeat(100_001)}\n`);
		expect(long.problems.map((p) => p.what.en)).toEqual([
			'the story is 100,002 characters long, more than 100,000',
		]);
	});

	test('turns a table column’s alignment into a class instead of a style attribute', async () => {
		const outcome = await story('| a | b |\n|:-|:-:|\n| 1 | 2 |\n');
		expect(outcome.problems).toEqual([]);
		const { markdownToHtml } = await import('satteri');
		const { storyPolicyPlugins } = await import('../../src/story-policy/plugins');
		const { html } = await markdownToHtml('| a | b |\n|:-|:-:|\n| 1 | 2 |\n', {
			...storyPolicyPlugins(),
			features: { gfm: true },
		});
		expect(html).toContain('<th class="align-left">a</th>');
		expect(html).toContain('<td class="align-center">2</td>');
		expect(html).not.toContain('style=');
	});
});

describe('storyComponentProps', () => {
	test('names exactly the components the pages hand to stories', () => {
		expect(Object.keys(storyComponentProps).sort()).toEqual(Object.keys(storyComponents).sort());
	});
});
