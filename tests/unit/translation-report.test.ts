import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	formatTranslationTable,
	readStoryFiles,
	translationRows,
} from '../../src/check/translation-report';

describe('translationRows()', () => {
	const rows = translationRows([
		{
			collection: 'products',
			slug: 'same-day',
			files: {
				th: { path: 'a/index.th.md', committedAt: 100 },
				en: { path: 'a/index.en.md', committedAt: 100 },
			},
		},
		{
			collection: 'products',
			slug: 'english-behind',
			files: {
				th: { path: 'b/index.th.md', committedAt: 200 },
				en: { path: 'b/index.en.md', committedAt: 100 },
			},
		},
		{
			collection: 'itineraries',
			slug: 'thai-only',
			files: { th: { path: 'c/index.th.md', committedAt: 100 } },
		},
		{
			collection: 'products',
			slug: 'not-committed',
			files: {
				th: { path: 'd/index.th.md', committedAt: undefined },
				en: { path: 'd/index.en.md', committedAt: 100 },
			},
		},
	]);
	test('marks the language whose story was changed before the other', () => {
		expect(rows.map((r) => [r.slug, r.older])).toEqual([
			['same-day', []],
			['english-behind', ['en']],
			['thai-only', []],
			['not-committed', []],
		]);
	});
	test('lists missing languages', () => {
		expect(rows.find((r) => r.slug === 'thai-only')!.missing).toEqual(['en']);
	});
	test('prints a table with a status per item in both languages', () => {
		const table = formatTranslationTable(rows).split('\n');
		expect(table[0]).toMatch(/^item\s+th\s+en\s+status$/);
		expect(table.find((l) => l.startsWith('products/english-behind'))).toContain(
			'en older / ฉบับ en เก่ากว่า',
		);
		expect(table.find((l) => l.startsWith('itineraries/thai-only'))).toContain('missing en');
		expect(table.find((l) => l.startsWith('products/not-committed'))).toContain('not committed');
	});
});

describe('readStoryFiles() in a git repository', () => {
	test('dates each language by its last change of text, across a rename of both files', () => {
		const root = mkdtempSync(join(tmpdir(), 'khong-dee-git-'));
		const folder = join(root, 'content/products/silver');
		mkdirSync(folder, { recursive: true });
		const git = (args: string[], date: string) =>
			execFileSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=e@example.org', ...args], {
				cwd: root,
				env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
			});
		git(['init', '-q'], '2026-01-01T00:00:00Z');
		writeFileSync(join(folder, 'th.md'), 'ไทย\n');
		writeFileSync(join(folder, 'en.md'), 'English\n');
		git(['add', '.'], '2026-01-01T00:00:00Z');
		git(['commit', '-q', '-m', 'both'], '2026-01-01T00:00:00Z');
		writeFileSync(join(folder, 'th.md'), 'ไทย แก้แล้ว\n');
		git(['commit', '-q', '-am', 'Thai changed'], '2026-02-01T00:00:00Z');
		git(
			['mv', 'content/products/silver/th.md', 'content/products/silver/index.th.md'],
			'2026-03-01T00:00:00Z',
		);
		git(
			['mv', 'content/products/silver/en.md', 'content/products/silver/index.en.md'],
			'2026-03-01T00:00:00Z',
		);
		git(['commit', '-q', '-m', 'rename'], '2026-03-01T00:00:00Z');
		const [row] = translationRows(readStoryFiles(root, 'content'));
		expect(row!.files.th!.committedAt).toBe(Date.parse('2026-02-01T00:00:00Z') / 1000);
		expect(row!.files.en!.committedAt).toBe(Date.parse('2026-01-01T00:00:00Z') / 1000);
		expect(row!.older).toEqual(['en']);
	});
});
