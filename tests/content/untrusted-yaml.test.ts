import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/check/check-content';
import type { ContentProblem } from '../../src/lib/content-problem';

const root = resolve('.');

/** A copy of the bundled content with hostile YAML in several files, checked once. */
async function checkHostile() {
	const content = join(mkdtempSync(join(tmpdir(), 'khong-dee-yaml-')), 'content');
	cpSync(join(root, 'content'), content, { recursive: true });
	const edit = (file: string, change: (text: string) => string) => {
		const path = join(content, file);
		const before = readFileSync(path, 'utf8');
		const after = change(before);
		if (after === before) throw new Error(`nothing changed in ${file}`);
		writeFileSync(path, after);
	};
	// Billion laughs: nine levels of nine aliases each.
	const levels = ['lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
	for (let level = 1; level < 9; level++) levels.push(`lol${level}: &l${level} [${Array(9).fill(`*l${level - 1}`).join(', ')}]`);
	appendFileSync(join(content, 'products/nan-silverware/facts.yaml'), `${levels.join('\n')}\n`);
	edit('products/phuket-pearls/facts.yaml', (text) => text.replace(/^province: phuket$/m, 'province: !!js/function "function () { return 1 }"'));
	edit('provinces.yaml', (text) => text.replace(/^(- id: nan\n {2}code: TH-55\n {2}name:)$/m, '$1 !custom'));
	edit('products/nan-handwoven-cloth/facts.yaml', (text) => text.replace(/^( {4}en: ).*$/m, `$1${'A woven cloth. '.repeat(70)}`));
	edit('itineraries/nan-crafts-and-old-town/index.en.md', (text) => text.replace(/^( {4}activity: ).*$/m, `$1${'Walk the old town. '.repeat(50)}`));
	writeFileSync(join(content, 'products/yala-simaya-cloth/facts.yaml'), `aliases: ["${'x'.repeat(300 * 1024)}"]\n`);
	return checkContent({ root, contentDir: content });
}

describe('npm run check on hostile YAML', async () => {
	const started = performance.now();
	const { errors } = await checkHostile();
	const seconds = (performance.now() - started) / 1000;
	const find = (file: string, field: string) => errors.find((e) => e.file.endsWith(file) && e.field === field);
	const expectBilingual = (problem: ContentProblem | undefined) => {
		expect(problem).toBeDefined();
		for (const text of [problem!.what.th, problem!.fix.th]) expect(text).toMatch(/\p{Script=Thai}/u);
		for (const text of [problem!.what.en, problem!.fix.en]) expect(text.length).toBeGreaterThan(10);
	};

	test('finishes quickly, without a stack trace', () => {
		expect(seconds).toBeLessThan(30);
	});
	test('refuses an alias bomb at its first alias', () => {
		const problem = find('products/nan-silverware/facts.yaml', '(YAML)');
		// The first alias is on the second line added, after the file's own lines.
		expect(problem?.line).toBe(readFileSync(join(root, 'content/products/nan-silverware/facts.yaml'), 'utf8').trimEnd().split('\n').length + 2);
		expect(problem?.what.en).toMatch(/YAML alias/);
		expectBilingual(problem);
	});
	test('refuses a tag in facts.yaml and in provinces.yaml, at its line', () => {
		const fn = find('products/phuket-pearls/facts.yaml', '(YAML)');
		expect(fn).toMatchObject({ line: 1 });
		expect(fn?.what.en).toContain('"!!js/function"');
		expectBilingual(fn);
		const custom = find('provinces.yaml', '(YAML)');
		expect(custom?.what.en).toContain('"!custom"');
		expect(custom?.line).toBe(readFileSync(join(root, 'content/provinces.yaml'), 'utf8').split('\n').indexOf('- id: nan') + 3);
		expectBilingual(custom);
	});
	test('refuses a file over the size limit, without quoting it', () => {
		const big = find('products/yala-simaya-cloth/facts.yaml', '(YAML)');
		expect(big?.what.en).toMatch(/KB allowed/);
		expect(JSON.stringify(big).length).toBeLessThan(1000);
		expectBilingual(big);
	});
	test('reports a too long alt text and stop activity at their field and line', () => {
		const alt = find('products/nan-handwoven-cloth/facts.yaml', 'image.alt.en');
		expect(alt?.what.en).toMatch(/^too long \(\d+ characters, at most 500\)$/);
		expect(alt?.line).toBeGreaterThan(1);
		expectBilingual(alt);
		const activity = errors.find((e) => e.file.endsWith('itineraries/nan-crafts-and-old-town/index.en.md') && /^stops\.[a-z-]+\.activity$/.test(e.field));
		expect(activity?.what.en).toMatch(/at most 800/);
		expect(activity?.line).toBeGreaterThan(3);
		expectBilingual(activity);
	});
});
