import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/check/check-content';
import { formatProblem } from '../../src/lib/content-problem';
import { brokenCases } from '../support/broken-cases';
import { childEnv } from '../support/child-env';

const root = resolve('.');

async function checkBroken(breakIt: (content: string) => void | Promise<void>, strict = false) {
	const content = join(mkdtempSync(join(tmpdir(), 'khong-dee-check-')), 'content');
	cpSync(join(root, 'content'), content, { recursive: true });
	await breakIt(content);
	return { content, result: await checkContent({ root, contentDir: content, strict }) };
}

describe('npm run check on the bundled content', () => {
	test('finds nothing wrong', async () => {
		const result = await checkContent({ root, contentDir: 'content' });
		expect(result.errors).toEqual([]);
		expect(result.files).toBeGreaterThan(60);
	});
});

describe.each(brokenCases)('npm run check on content with $name', (broken) => {
	// npm run build runs this same check first and prints each problem as formatProblem() writes it
	// (tests/site/broken-builds.test.ts builds once for each way the check refuses content).
	test('reports an error naming the file and the field, in English and Thai, as the build prints it', async () => {
		const { content, result } = await checkBroken(broken.break);
		const match = result.errors.find((e) => resolve(root, e.file) === join(content, broken.file) && e.field === broken.field);
		expect(match, result.errors.map((e) => `${e.file} ${e.field} ${e.what.en}`).join('\n')).toBeDefined();
		expect(match!.what.en.length).toBeGreaterThan(5);
		expect(match!.fix.en.length).toBeGreaterThan(5);
		expect(match!.what.th).toMatch(/\p{Script=Thai}/u);
		expect(match!.fix.th).toMatch(/\p{Script=Thai}/u);
		expect(formatProblem(match!, 'en')).toContain(` — ${broken.field} — `);
		expect(formatProblem(match!, 'en').startsWith(match!.file)).toBe(true);
	});
});

describe('translation gaps', () => {
	test('are reported, but are not errors unless --strict', async () => {
		const remove = async (content: string) => (await import('node:fs')).rmSync(join(content, 'products/nan-silverware/index.en.md'));
		const relaxed = await checkBroken(remove);
		expect(relaxed.result.errors).toEqual([]);
		expect(relaxed.result.warnings.map((w) => w.file.endsWith('products/nan-silverware/index.en.md'))).toEqual([true]);
		const strict = await checkBroken(remove, true);
		expect(strict.result.errors.some((e) => e.file.endsWith('products/nan-silverware/index.en.md'))).toBe(true);
	});
});

describe('a story with errors', () => {
	test('is reported once, as an error, and not also as a missing translation', async () => {
		const { result } = await checkBroken((content) => brokenCases.find((b) => b.name === 'a summary too short for a card')!.break(content));
		expect(result.errors.filter((e) => e.file.endsWith('nan-silverware/index.en.md')).map((e) => e.field)).toEqual(['summary']);
		expect(result.warnings).toEqual([]);
	});
});

describe('did you mean', () => {
	test('suggests the nearest province, category and product', async () => {
		const { result } = await checkBroken(async (content) => {
			for (const c of brokenCases.filter((b) => ['an unknown province', 'an unknown category', 'a stop showing an unknown product'].includes(b.name))) await c.break(content);
		});
		const fixes = result.errors.map((e) => e.fix.en).join('\n');
		expect(fixes).toContain('Did you mean "nan"?');
		expect(fixes).toContain('Did you mean "nan-silverware"?');
	});
});

describe('npm run check --format github', () => {
	test('prints each problem as a workflow annotation at its file and line, and fails', async () => {
		const broken = brokenCases.find((b) => b.name === 'a summary too short for a card')!;
		const { content } = await checkBroken(broken.break);
		const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', '--format', 'github'], {
			encoding: 'utf8',
			env: childEnv({ KHONGDEE_CONTENT_DIR: content }),
		});
		expect(run.status, run.stderr).toBe(1);
		const annotation = run.stdout.split('\n').find((line) => line.startsWith('::error '));
		expect(annotation, run.stdout).toMatch(/^::error file=[^,]*nan-silverware\/index\.en\.md,line=\d+,title=summary::\S/);
		// Both languages, in one annotation (a newline is %0A inside it).
		expect(annotation).toMatch(/%0A.*\p{Script=Thai}/u);
	});
});
