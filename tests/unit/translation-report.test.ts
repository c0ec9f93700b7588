import { describe, expect, test } from 'vitest';
import { formatTranslationTable, translationRows } from '../../src/check/translation-report';

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
