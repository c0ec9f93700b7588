import { describe, expect, test } from 'vitest';
import { createLinkContext, fileOf } from '../../../src/lib/catalog/link-context';
import { input } from './fixtures';

describe('createLinkContext()', () => {
	test('knows provinces, categories and products by id, and has reported nothing yet', () => {
		const context = createLinkContext(input(), 'content');
		expect(context.provinces.get('yala')?.name.en).toBe('Yala');
		expect(context.categories.get('crafts')?.name.en).toBe('Crafts');
		expect([...context.productIds]).toEqual(['nan-silverware', 'nan-handwoven-cloth']);
		expect(context.invalidProducts.size).toBe(0);
		expect([context.errors, context.translationGaps]).toEqual([[], []]);
	});

	test('keeps the products the caller reported invalid', () => {
		const invalid = { products: new Set(['nan-lost']), itineraries: new Set<string>() };
		expect([...createLinkContext(input({ invalid }), 'content').invalidProducts]).toEqual([
			'nan-lost',
		]);
	});
});

describe('fileOf()', () => {
	test('names the file an entry came from, or the fallback when the reader gave none', () => {
		expect(fileOf({ id: 'x', filePath: 'content/x.md', data: {} }, 'fallback')).toBe(
			'content/x.md',
		);
		expect(fileOf({ id: 'x', data: {} }, 'content/products/x/facts.yaml')).toBe(
			'content/products/x/facts.yaml',
		);
	});
});
