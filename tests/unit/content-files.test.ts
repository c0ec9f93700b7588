import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent, type CheckResult } from '../../src/check/check-content';
import { listContentFiles, resolvesInside } from '../../src/check/content-files';
import { productFactsSchema } from '../../src/schemas/product';
import { pictureFile } from '../../src/story-policy/urls';
import { z } from 'astro/zod';

const root = resolve('.');
/** Text that only the files outside content/ hold: it must never appear in a message. */
const secret = 'OUTSIDE-SECRET-7f3a';
const silver = 'products/nan-silverware';
const cloth = 'products/nan-handwoven-cloth';

/** A copy of the bundled content, with links to files outside it, and a picture named by climbing out. */
function hostileContent(): { work: string; content: string } {
	const work = mkdtempSync(join(tmpdir(), 'khong-dee-files-'));
	const content = join(work, 'content');
	cpSync(join(root, 'content'), content, { recursive: true });
	const outside = join(work, 'outside');
	mkdirSync(join(outside, 'folder'), { recursive: true });
	writeFileSync(
		join(outside, 'secret.svg'),
		`<svg xmlns="http://www.w3.org/2000/svg"><text>${secret}</text><script>${secret}</script></svg>\n`,
	);
	writeFileSync(
		join(outside, 'secret.md'),
		`---\ntitle: [${secret}\nsummary: ${secret}\n---\n\n${secret} <script>${secret}</script> [x](/en/${secret}/)\n`,
	);
	writeFileSync(join(outside, 'folder', 'facts.yaml'), `province: ${secret}\n`);
	writeFileSync(join(outside, 'folder', 'index.en.md'), `---\ntitle: ${secret}\n---\n${secret}\n`);
	// A symlinked cover, a symlinked story, a symlinked product folder.
	rmSync(join(content, silver, 'cover.svg'));
	symlinkSync(join(outside, 'secret.svg'), join(content, silver, 'cover.svg'));
	rmSync(join(content, silver, 'index.en.md'));
	symlinkSync(join(outside, 'secret.md'), join(content, silver, 'index.en.md'));
	symlinkSync(join(outside, 'folder'), join(content, 'products', 'linked-folder'));
	// A picture named by climbing out of the folder, to a file outside and to /etc/hostname.
	const facts = join(content, cloth, 'facts.yaml');
	writeFileSync(
		facts,
		readFileSync(facts, 'utf8').replace(/^ {2}src: .*$/m, '  src: ../../../etc/hostname'),
	);
	const trip = join(content, 'itineraries', 'nan-crafts-and-old-town', 'facts.yaml');
	writeFileSync(
		trip,
		readFileSync(trip, 'utf8').replace(/^ {2}src: .*$/m, '  src: ../../../outside/secret.svg'),
	);
	return { work, content };
}

describe('files must be real files inside content/', () => {
	let content: string;
	let result: CheckResult;
	beforeAll(async () => {
		({ content } = hostileContent());
		result = await checkContent({ root, contentDir: content });
	});
	const problemAt = (file: string, field: string) =>
		result.errors.find((e) => resolve(root, e.file) === join(content, file) && e.field === field);

	test.each([
		['a symlinked cover', `${silver}/cover.svg`],
		['a symlinked story', `${silver}/index.en.md`],
		['a symlinked folder', 'products/linked-folder'],
	])('%s is refused, naming the link', (_, file) => {
		const problem = problemAt(file, '(file)');
		expect(problem, result.errors.map((e) => `${e.file} ${e.field}`).join('\n')).toBeDefined();
		expect(problem!.what.en).toContain('link');
		expect(problem!.fix.en).toContain('replace the link with the real file');
		expect(problem!.what.th).toMatch(/\p{Script=Thai}/u);
	});

	test.each([
		['/etc/hostname', `${cloth}/facts.yaml`],
		['a file outside content/', 'itineraries/nan-crafts-and-old-town/facts.yaml'],
	])('an image.src climbing out to %s is refused', (_, file) => {
		const problem = problemAt(file, 'image.src');
		expect(problem, result.errors.map((e) => `${e.file} ${e.field}`).join('\n')).toBeDefined();
		expect(problem!.line).toBeGreaterThan(0);
	});

	test('no message carries what an outside file holds', () => {
		const messages = JSON.stringify(result);
		expect(messages).not.toContain(secret);
		const hostname = existsSync('/etc/hostname')
			? readFileSync('/etc/hostname', 'utf8').trim()
			: '';
		if (hostname.length >= 6) expect(messages).not.toContain(hostname);
	});

	test('the linked folder is not read as a product', () => {
		expect(result.errors.some((e) => e.file.includes('linked-folder/'))).toBe(false);
	});
});

describe('SVG pictures a story uses', () => {
	test('are checked wherever they are, reported at their own file and line', async () => {
		const work = mkdtempSync(join(tmpdir(), 'khong-dee-files-'));
		const content = join(work, 'content');
		cpSync(join(root, 'content'), content, { recursive: true });
		writeFileSync(
			join(content, silver, 'figure.svg'),
			'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">\n<rect width="1" height="1"/>\n<image href="https://example.org/x.png"/>\n</svg>\n',
		);
		const result = await checkContent({ root, contentDir: content });
		expect(result.errors.map((e) => [resolve(root, e.file), e.line, e.field])).toEqual([
			[join(content, silver, 'figure.svg'), 3, '(SVG)'],
		]);
		expect(result.errors[0]!.what.en).toContain('<image>');
		expect(JSON.stringify(result.errors)).not.toContain('example.org');
	});

	test('a cover is reported at its facts.yaml image.src, naming the picture and its line', async () => {
		const work = mkdtempSync(join(tmpdir(), 'khong-dee-files-'));
		const content = join(work, 'content');
		cpSync(join(root, 'content'), content, { recursive: true });
		const cover = join(content, silver, 'cover.svg');
		writeFileSync(
			cover,
			readFileSync(cover, 'utf8').replace('</svg>', '<g onload="alert(1)"/></svg>'),
		);
		const result = await checkContent({ root, contentDir: content });
		expect(result.errors).toHaveLength(1);
		expect(result.errors[0]).toMatchObject({ field: 'image.src' });
		expect(result.errors[0]!.file.endsWith(`${silver}/facts.yaml`)).toBe(true);
		expect(result.errors[0]!.what.en).toMatch(
			/cover\.svg, line \d+ contains an event handler \(onload\)/,
		);
	});
});

describe('helpers', () => {
	test('listContentFiles never follows a link', () => {
		const work = mkdtempSync(join(tmpdir(), 'khong-dee-files-'));
		mkdirSync(join(work, 'content', 'a'), { recursive: true });
		mkdirSync(join(work, 'elsewhere'));
		writeFileSync(join(work, 'elsewhere', 'x.svg'), '<svg/>');
		writeFileSync(join(work, 'content', 'a', 'y.SVG'), '<svg/>');
		symlinkSync(join(work, 'elsewhere'), join(work, 'content', 'a', 'linked'));
		for (const name of ['LICENSE', 'run.js', '.DS_Store', 'en.md.bak'])
			writeFileSync(join(work, 'content', 'a', name), 'x');
		expect(listContentFiles(join(work, 'content'))).toEqual({
			links: [join(work, 'content', 'a', 'linked')],
			svgs: [join(work, 'content', 'a', 'y.SVG')],
			strangers: ['.DS_Store', 'LICENSE', 'en.md.bak', 'run.js'].map((name) =>
				join(work, 'content', 'a', name),
			),
			misnamedStories: [],
			pictures: [join(work, 'content', 'a', 'y.SVG')],
			items: { products: [], itineraries: [] },
		});
		expect(resolvesInside(join(work, 'content', 'a', 'y.SVG'), join(work, 'content'))).toBe(true);
		expect(
			resolvesInside(join(work, 'content', 'a', 'linked', 'x.svg'), join(work, 'content')),
		).toBe(false);
	});

	test('listContentFiles finds each item folder with its facts and its stories, and nothing else', () => {
		const content = join(mkdtempSync(join(tmpdir(), 'khong-dee-items-')), 'content');
		const at = (...parts: string[]) => join(content, ...parts);
		for (const folder of ['products/silver/deeper', 'itineraries/trip', 'other/not-an-item'])
			mkdirSync(at(folder), { recursive: true });
		for (const file of [
			'products/silver/facts.yaml',
			'products/silver/index.th.mdx',
			'products/silver/index.th.md',
			'products/silver/index.en.md',
			'products/silver/fr.md',
			'products/silver/en.md',
			'products/silver/deeper/facts.yaml',
			'products/silver/deeper/index.en.md',
			'itineraries/trip/index.en.mdx',
			'other/not-an-item/facts.yaml',
		])
			writeFileSync(at(file), 'x');
		// A facts.yaml that is a link is no item file: it is listed among the links, never read.
		symlinkSync(at('products/silver/facts.yaml'), at('itineraries/trip/facts.yaml'));
		const { items, links, misnamedStories } = listContentFiles(content);
		expect(items).toEqual({
			products: [
				{
					slug: 'silver',
					folder: at('products/silver'),
					facts: at('products/silver/facts.yaml'),
					stories: {
						en: [at('products/silver/index.en.md')],
						th: [at('products/silver/index.th.md'), at('products/silver/index.th.mdx')],
					},
				},
			],
			itineraries: [
				{
					slug: 'trip',
					folder: at('itineraries/trip'),
					stories: { en: [at('itineraries/trip/index.en.mdx')] },
				},
			],
		});
		expect(links).toEqual([at('itineraries/trip/facts.yaml')]);
		// Markdown no page would publish: a story under an old or unknown name, or one folder too deep.
		expect(misnamedStories).toEqual([
			at('products/silver/deeper/index.en.md'),
			at('products/silver/en.md'),
			at('products/silver/fr.md'),
		]);
	});

	test('the facts schema refuses a picture outside its folder', () => {
		const schema = productFactsSchema(z.string()).shape.image.shape.src;
		for (const ok of ['./cover.svg', 'cover.jpg', './Cover-2.JPEG', './a_b.webp'])
			expect(schema.safeParse(ok).success, ok).toBe(true);
		for (const bad of [
			'../cover.svg',
			'./../../etc/hostname',
			'/etc/x.png',
			'./sub/cover.jpg',
			'sub\\cover.jpg',
			'.hidden.png',
			'./cover.svg?x',
			'https://x.org/a.png',
			'./cover.gif',
			'./cover..jpg',
		]) {
			expect(schema.safeParse(bad).success, bad).toBe(false);
			// A story's picture follows the same rule (one pattern, src/schemas/image.ts).
			expect(pictureFile(bad), bad).toBeUndefined();
		}
	});
});
