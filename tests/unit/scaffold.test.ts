import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as load } from 'yaml';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/check/check-content';
import { scaffoldFiles, slugProblem } from '../../src/check/scaffold';

describe('slugProblem()', () => {
	test('refuses a slug that is not kebab-case, and one that exists', () => {
		expect(slugProblem('Nan Lacquer', [])?.en).toMatch(/is not kebab-case/);
		expect(slugProblem('nan-silverware', ['nan-silverware'])?.en).toMatch(/already exists/);
		expect(slugProblem('nan-lacquerware', ['nan-silverware'])).toBeUndefined();
	});
});

describe('scaffoldFiles()', () => {
	test('writes facts.yaml, index.th.md and index.en.md with every field present', () => {
		const files = scaffoldFiles({
			kind: 'product',
			slug: 'nan-lacquerware',
			province: 'nan',
			category: 'crafts',
			existing: [],
		});
		expect(Object.keys(files).sort()).toEqual([
			'products/nan-lacquerware/facts.yaml',
			'products/nan-lacquerware/index.en.md',
			'products/nan-lacquerware/index.th.md',
		]);
		const facts = load(files['products/nan-lacquerware/facts.yaml']!) as Record<string, unknown>;
		expect(Object.keys(facts).sort()).toEqual([
			'aliases',
			'category',
			'featured',
			'image',
			'province',
			'standards',
		]);
		expect(files['products/nan-lacquerware/index.th.md']).toMatch(
			/^---\ntitle: ""\nsummary: ""\n---/,
		);
	});
	test('a journey has two stops with their texts under the same ids', () => {
		const files = scaffoldFiles({
			kind: 'itinerary',
			slug: 'nan-three-days',
			province: 'nan',
			existing: [],
		});
		const facts = load(files['itineraries/nan-three-days/facts.yaml']!) as {
			stops: { id: string }[];
		};
		expect(facts.stops.map((s) => s.id)).toEqual(['first-stop', 'second-stop']);
		expect(files['itineraries/nan-three-days/index.en.md']).toContain('  second-stop:\n');
	});
});

describe('npm run new', () => {
	/** A copy of the bundled content that a test may change. */
	const copyOfContent = () => {
		const content = join(mkdtempSync(join(tmpdir(), 'khong-dee-new-')), 'content');
		cpSync('content', content, { recursive: true });
		return content;
	};
	const run = (content: string, args: string[]) =>
		spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/new.ts', ...args], {
			encoding: 'utf8',
			env: { ...process.env, KHONGDEE_CONTENT_DIR: content },
			input: '',
		});

	test('creates a story that npm run check then asks to finish, field by field', async () => {
		const content = copyOfContent();
		const result = run(content, [
			'product',
			'nan-lacquerware',
			'--province',
			'nan',
			'--category',
			'crafts',
		]);
		expect(result.status, result.stderr).toBe(0);
		expect(existsSync(join(content, 'products/nan-lacquerware/index.th.md'))).toBe(true);
		const check = await checkContent({ root: resolve('.'), contentDir: content });
		const fields = check.errors
			.filter((e) => e.file.includes('nan-lacquerware'))
			.map((e) => e.field);
		expect(fields).toEqual(
			expect.arrayContaining(['image.alt.th', 'image.credit', 'title', 'summary']),
		);
	});

	test('refuses a slug that exists, and leaves it untouched', () => {
		const content = copyOfContent();
		const before = readFileSync(join(content, 'products/nan-silverware/facts.yaml'), 'utf8');
		const result = run(content, [
			'product',
			'nan-silverware',
			'--province',
			'nan',
			'--category',
			'crafts',
		]);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('already exists');
		expect(result.stderr).toContain('มี "nan-silverware" อยู่แล้ว');
		expect(readFileSync(join(content, 'products/nan-silverware/facts.yaml'), 'utf8')).toBe(before);
	});

	test('refuses a slug that is not kebab-case', () => {
		const content = copyOfContent();
		const result = run(content, ['itinerary', 'Nan_Trip', '--province', 'nan']);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('is not kebab-case');
		expect(existsSync(join(content, 'itineraries/Nan_Trip'))).toBe(false);
	});

	test('refuses a province or category that is not in its list, and suggests the nearest', () => {
		const content = copyOfContent();
		const province = run(content, ['itinerary', 'nan-trip', '--province', 'nann']);
		expect(province.status).toBe(1);
		expect(province.stderr).toContain(
			'There is no province "nann" in content/provinces.yaml. Did you mean "nan"?',
		);
		expect(province.stderr).toContain('ไม่มีจังหวัด "nann"');
		const category = run(content, [
			'product',
			'nan-lacquer',
			'--province',
			'nan',
			'--category',
			'craft',
		]);
		expect(category.status).toBe(1);
		expect(category.stderr).toContain('Did you mean "crafts"?');
		expect(existsSync(join(content, 'itineraries/nan-trip'))).toBe(false);
		expect(existsSync(join(content, 'products/nan-lacquer'))).toBe(false);
	});
});
