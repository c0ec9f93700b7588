import { describe, expect, test } from 'vitest';
import {
	isYamlSyntaxError,
	parseYamlSource,
	type YamlSyntaxError,
} from '../../src/check/yaml-source';

describe('parseYamlSource()', () => {
	const text =
		'province: nan\nimage:\n  src: ./cover.svg\n  alt:\n    th: ภาพ\nstops:\n  - id: a\n  - id: b\n    day: 2\n';
	test('gives the line of a field, an item and a nested field', () => {
		const source = parseYamlSource(text);
		if (isYamlSyntaxError(source)) throw new Error(source.message);
		expect(source.lineOf(['province'])).toBe(1);
		expect(source.lineOf(['image', 'alt', 'th'])).toBe(5);
		expect(source.lineOf(['stops', 1, 'day'])).toBe(9);
	});
	test('falls back to the nearest existing parent for a missing field', () => {
		const source = parseYamlSource(text);
		if (isYamlSyntaxError(source)) throw new Error(source.message);
		expect(source.lineOf(['image', 'alt', 'en'])).toBe(4);
	});
	test('shifts lines for front matter and reports syntax errors with their line', () => {
		const broken = parseYamlSource('title: a\nsummary: "unclosed\n', 1);
		expect(isYamlSyntaxError(broken)).toBe(true);
		expect((broken as { line: number }).line).toBeGreaterThanOrEqual(2);
		const shifted = parseYamlSource('title: a\nsummary: b\n', 1);
		if (isYamlSyntaxError(shifted)) throw new Error(shifted.message);
		expect(shifted.lineOf(['summary'])).toBe(3);
	});
});

describe('parseYamlSource() on untrusted YAML', () => {
	/** The problem a text is refused with; fails the test if it is accepted. */
	const refused = (text: string, lineOffset = 0, maxBytes?: number) => {
		const source = parseYamlSource(text, lineOffset, maxBytes);
		if (!isYamlSyntaxError(source)) throw new Error(`accepted: ${JSON.stringify(source.data)}`);
		return source;
	};
	const bilingual = (problem: YamlSyntaxError) => {
		for (const text of [problem.what.th, problem.fix.th]) expect(text).toMatch(/\p{Script=Thai}/u);
		for (const text of [problem.what.en, problem.fix.en]) expect(text).toMatch(/^[\x20-\x7e…]+$/);
	};

	test('refuses an alias bomb ("billion laughs") quickly, at the first alias, without throwing', () => {
		const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
		for (const name of 'bcdefghi')
			levels.push(
				`${name}: &${name} [${Array(9)
					.fill(`*${levels.length === 1 ? 'a' : String.fromCharCode(name.charCodeAt(0) - 1)}`)
					.join(',')}]`,
			);
		const started = performance.now();
		const problem = refused(`${levels.join('\n')}\n`);
		expect(performance.now() - started).toBeLessThan(1000);
		expect(problem).toMatchObject({ code: 'alias', line: 2 });
		expect(problem.what.en).toContain('"*a"');
		bilingual(problem);
	});
	test('refuses a single alias and a merge key, at their line (shifted for front matter)', () => {
		expect(refused('title: &t Nan silver\nsummary: *t\n', 1)).toMatchObject({
			code: 'alias',
			line: 3,
		});
		const merge = refused('base: &b\n  th: ก\nname:\n  <<: {th: ข}\n  en: x\n');
		expect(merge).toMatchObject({ code: 'merge-key', line: 4 });
		bilingual(merge);
	});
	test.each([
		['!!js/function', 'a: 1\nb: !!js/function "function () { return 1 }"\n'],
		['!!python/object:os.system', 'a: 1\nb: !!python/object:os.system ["ls"]\n'],
		['!custom', 'a: 1\nb: !custom value\n'],
		['!!binary', 'a: 1\nb: !!binary aGVsbG8=\n'],
		['!!set', 'a: 1\nb: !!set {x, y}\n'],
		['!!str', 'a: 1\nb: !!str 2\n'],
		['!', 'a: 1\nb: ! plain\n'],
	])('refuses the tag %s at its line', (tag, text) => {
		const problem = refused(text);
		expect(problem).toMatchObject({ code: 'tag', line: 2 });
		expect(problem.what.en).toContain(`"${tag}"`);
		bilingual(problem);
	});
	test('gives a tagged block list or map the line of its field', () => {
		expect(refused('a: 1\nname: !custom\n  th: ก\n  en: x\n')).toMatchObject({
			code: 'tag',
			line: 2,
		});
		expect(refused('a: 1\nlist: !!seq\n  - x\n')).toMatchObject({ code: 'tag', line: 2 });
	});
	test('refuses %YAML and %TAG directives', () => {
		expect(refused('%YAML 1.1\n---\nfeatured: yes\n')).toMatchObject({
			code: 'directive',
			line: 1,
		});
		expect(refused('%TAG !e! tag:example.com,2000:\n---\na: 1\n')).toMatchObject({
			code: 'directive',
			line: 1,
		});
	});
	test('refuses unquoted values that the build would read as a date or a number, and accepts them quoted', () => {
		expect(refused('id: x\nstops:\n  - id: 2024-01-01\n')).toMatchObject({
			code: 'ambiguous',
			line: 3,
		});
		expect(refused('title: 0b101\n')).toMatchObject({ code: 'ambiguous', line: 1 });
		expect(
			isYamlSyntaxError(parseYamlSource('id: "2024-01-01"\ntitle: "0b101"\nlabel: 2024 harvest\n')),
		).toBe(false);
	});
	test('refuses a text over the size limit before parsing it, and nesting that is too deep', () => {
		const big = refused(`alt: "${'x'.repeat(300 * 1024)}"\n`);
		expect(big).toMatchObject({ code: 'too-large', line: 1 });
		expect(big.what.en).toMatch(/301 KB, more than the 256 KB allowed/);
		bilingual(big);
		expect(refused('a: 1\n', 0, 3)).toMatchObject({ code: 'too-large' });
		expect(
			isYamlSyntaxError(parseYamlSource(`a: "${'x'.repeat(300 * 1024)}"\n`, 0, 1024 * 1024)),
		).toBe(false);
		expect(refused(`a: ${'['.repeat(30)}${']'.repeat(30)}\n`)).toMatchObject({
			code: 'too-deep',
			line: 1,
		});
		// 100,000 levels overflow the parser's stack: reported, not thrown.
		expect(refused(`a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`).line).toBe(1);
	});
	test("never quotes the file in a message: only the first line of the library's error, shortened", () => {
		const secret = 'SECRET'.repeat(100);
		const problem = refused(`title: a\nsummary: "${secret}\n`);
		expect(problem.code).toBe('syntax');
		for (const text of [
			problem.message,
			problem.what.en,
			problem.what.th,
			problem.fix.en,
			problem.fix.th,
		]) {
			expect(text).not.toContain('SECRET');
			expect(text).not.toContain('\n');
		}
		const alias = refused(`a: &${'n'.repeat(500)} 1\nb: *${'n'.repeat(500)}\n`);
		expect(alias.what.en.length).toBeLessThan(200);
	});
	test('leaves an ordinary document as it was', () => {
		const facts =
			'province: nan\ncategory: crafts\nimage:\n  src: ./cover.svg\n  alt:\n    th: "ภาพ: ขันเงิน"\n    en: A silver bowl\n  credit: Khong Dee\n  licence: CC-BY-4.0\n  illustration: true\naliases: [Nan silver, "*starred*", "!important"]\nlocation: { lat: 18.7756, lng: 100.773 }\nstandards: []\n';
		const source = parseYamlSource(facts);
		if (isYamlSyntaxError(source)) throw new Error(source.message);
		expect(source.data).toEqual({
			province: 'nan',
			category: 'crafts',
			image: {
				src: './cover.svg',
				alt: { th: 'ภาพ: ขันเงิน', en: 'A silver bowl' },
				credit: 'Khong Dee',
				licence: 'CC-BY-4.0',
				illustration: true,
			},
			aliases: ['Nan silver', '*starred*', '!important'],
			location: { lat: 18.7756, lng: 100.773 },
			standards: [],
		});
		expect(source.lineOf(['location', 'lat'])).toBe(12);
	});
});

describe('numbers the two YAML readers would read differently', () => {
	test.each(['lat: +.185e2', 'day: +1', 'x: .inf', 'x: 1_000'])(
		'%s is refused with its line',
		(text) => {
			const parsed = parseYamlSource(`title: x\n${text}\n`);
			expect(isYamlSyntaxError(parsed) && parsed.line).toBe(2);
		},
	);
	test.each(['lat: 18.5', 'x: -3', 'x: 1e3', 'x: "+1"'])('%s is read as written', (text) => {
		expect(isYamlSyntaxError(parseYamlSource(`${text}\n`))).toBe(false);
	});
});
