import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../src/lib/content-problem';
import { createLinkContext } from '../../../src/lib/catalog/link-context';
import { linkProducts } from '../../../src/lib/catalog/link-products';
import { input, product, story, storiesOf } from './fixtures';

/** Links `products` against the fixtures' provinces and categories, each with both stories. */
function link(products: ReturnType<typeof product>[]) {
	const context = createLinkContext(input({ products }), 'content');
	const stories = storiesOf(
		products.map((p) => p.id),
		(id) => story(id),
	);
	return { linked: linkProducts(products, stories, context), context };
}

describe('linkProducts()', () => {
	test('gives each product its province, category and stories, and no journeys yet', () => {
		const { linked, context } = link([product('nan-silverware')]);
		expect(context.errors).toEqual([]);
		expect(linked).toHaveLength(1);
		expect(linked[0]!.province.name.en).toBe('Nan');
		expect(linked[0]!.category.name.en).toBe('Crafts');
		expect(linked[0]!.stories.en?.id).toBe('nan-silverware/en');
		expect(linked[0]!.itinerarySlugs).toEqual([]);
	});

	test('errors if province is unknown, naming the file, the field and the value, and leaves the product out', () => {
		const { linked, context } = link([product('nan-silverware', 'nann')]);
		expect(linked).toEqual([]);
		expect(context.errors.map((p) => formatProblem(p))).toEqual([
			'content/products/nan-silverware/facts.yaml — province — unknown province "nann" — use one of the ids in content/provinces.yaml. Did you mean "nan"?',
		]);
		expect(context.errors.map((p) => formatProblem(p, 'th'))).toEqual([
			'content/products/nan-silverware/facts.yaml — province — ไม่รู้จักจังหวัด "nann" — ใช้ id ที่มีอยู่ใน content/provinces.yaml หมายถึง "nan" หรือเปล่า',
		]);
	});

	test('errors if category is unknown', () => {
		const { linked, context } = link([product('nan-silverware', 'nan', 'silver')]);
		expect(linked).toEqual([]);
		expect(context.errors.map((p) => formatProblem(p))).toEqual([
			'content/products/nan-silverware/facts.yaml — category — unknown category "silver" — use one of the ids in content/categories.yaml.',
		]);
	});

	test('errors on a product with no story, and notes a missing translation as a gap', () => {
		const products = [product('nan-silverware'), product('nan-handwoven-cloth')];
		const context = createLinkContext(input({ products }), 'content');
		const stories = new Map([['nan-handwoven-cloth', { th: story('nan-handwoven-cloth/th') }]]);
		linkProducts(products, stories, context);
		expect(context.errors.map((p) => p.file)).toEqual([
			'content/products/nan-silverware/index.th.md',
		]);
		expect(context.translationGaps.map((p) => p.file)).toEqual([
			'content/products/nan-handwoven-cloth/index.en.md',
		]);
	});
});
