import { describe, expect, test } from 'vitest';
import type { ContentProblem } from '../../../src/lib/content-problem';
import { formatProblem } from '../../../src/lib/content-problem';
import { checkStoriesExist, groupStories, storyFor } from '../../../src/lib/catalog/stories';
import { story } from './fixtures';

describe('groupStories()', () => {
	const group = (ids: string[], invalid: string[] = []) => {
		const errors: ContentProblem[] = [];
		const grouped = groupStories(
			ids.map((id) => story(id)),
			new Set(['nan-silverware', 'nan-handwoven-cloth']),
			new Set(invalid),
			'content/products',
			errors,
		);
		return { grouped, errors };
	};

	test('sorts stories under their item by language', () => {
		const { grouped, errors } = group([
			'nan-silverware/th',
			'nan-handwoven-cloth/en',
			'nan-silverware/en',
		]);
		expect(errors).toEqual([]);
		expect(grouped.get('nan-silverware')?.th?.id).toBe('nan-silverware/th');
		expect(grouped.get('nan-silverware')?.en?.id).toBe('nan-silverware/en');
		expect(Object.keys(grouped.get('nan-handwoven-cloth')!)).toEqual(['en']);
	});

	test('errors on a story whose folder has no facts.yaml', () => {
		const { grouped, errors } = group(['nan-lost/th']);
		expect(grouped.size).toBe(0);
		expect(errors).toHaveLength(1);
		expect(errors[0]!.file).toBe('content/nan-lost/index.th.md');
		expect(errors[0]!.what.en).toBe('there is no facts.yaml in content/products/nan-lost/');
		expect(errors[0]!.what.th).toBe('ไม่มีไฟล์ facts.yaml ในโฟลเดอร์ content/products/nan-lost/');
	});

	test('skips the stories of an item whose facts were reported invalid', () => {
		const { grouped, errors } = group(['nan-lost/th'], ['nan-lost']);
		expect([grouped.size, errors]).toEqual([0, []]);
	});
});

describe('checkStoriesExist()', () => {
	const check = (stories: Record<string, unknown>) => {
		const errors: ContentProblem[] = [];
		const gaps: ContentProblem[] = [];
		checkStoriesExist(stories, 'content/products/nan-silverware', errors, gaps);
		return { errors, gaps };
	};

	test('errors on an item with no story in any language', () => {
		const { errors, gaps } = check({});
		expect(gaps).toEqual([]);
		expect(errors.map((p) => formatProblem(p))).toEqual([
			'content/products/nan-silverware/index.th.md — (file) — there is no story in any language — write index.th.md or index.en.md in content/products/nan-silverware/.',
		]);
	});

	test('reports a missing translation as a gap, not an error', () => {
		const { errors, gaps } = check({ th: 'thai story' });
		expect(errors).toEqual([]);
		expect(gaps.map((p) => formatProblem(p))).toEqual([
			'content/products/nan-silverware/index.en.md — (file) — no English story yet; the page shows the other language with a notice — write index.en.md when you can.',
		]);
	});

	test('is content with both languages', () => {
		expect(check({ th: 'thai', en: 'english' })).toEqual({ errors: [], gaps: [] });
	});
});

describe('storyFor()', () => {
	const item = { slug: 'x', facts: {}, stories: { th: 'thai story' } };
	test('returns the story in the page language when it exists', () => {
		expect(storyFor(item, 'th')).toEqual({ story: 'thai story', locale: 'th', isFallback: false });
	});
	test('falls back to the other language and says so', () => {
		expect(storyFor(item, 'en')).toEqual({ story: 'thai story', locale: 'th', isFallback: true });
	});
	test('throws when there is no story at all', () => {
		expect(() => storyFor({ slug: 'x', facts: {}, stories: {} }, 'en')).toThrow(
			'"x" has no story in any language.',
		);
	});
});
