import { describe, expect, test } from 'vitest';
import { linkCatalog } from '../../../src/lib/catalog';
import { ContentError } from '../../../src/lib/content-problem';
import { input, product, story } from './fixtures';

describe('linkCatalog()', () => {
	test('links each product to the journeys that stop at it, and back', () => {
		const { catalog, errors, translationGaps } = linkCatalog(input());
		expect(errors).toEqual([]);
		expect(translationGaps).toEqual([]);
		const bySlug = Object.fromEntries(catalog.products.map((p) => [p.slug, p]));
		expect(bySlug['nan-silverware']!.itinerarySlugs).toEqual(['nan-crafts']);
		expect(bySlug['nan-handwoven-cloth']!.itinerarySlugs).toEqual(['nan-crafts']);
		// In visiting order, without the repeat of the cloth at stop d.
		expect(catalog.itineraries[0]!.productSlugs).toEqual(['nan-handwoven-cloth', 'nan-silverware']);
		expect(bySlug['nan-silverware']!.province.name.en).toBe('Nan');
		expect(catalog.provinces.map((p) => p.id)).toEqual(['nan', 'yala']);
		expect(catalog.categories.map((c) => c.id)).toEqual(['crafts']);
	});

	test('a product no journey visits has no journeys', () => {
		const { catalog } = linkCatalog(
			input({
				products: [...input().products, product('nan-chiang-da-tea')],
				productStories: [...input().productStories, story('nan-chiang-da-tea/th')],
			}),
		);
		expect(catalog.products.find((p) => p.slug === 'nan-chiang-da-tea')!.itinerarySlugs).toEqual(
			[],
		);
	});

	test('reports every problem at once', () => {
		const { errors } = linkCatalog(
			input({
				products: [
					product('nan-silverware', 'nann', 'silver'),
					product('nan-handwoven-cloth', 'bkk'),
				],
			}),
		);
		expect(errors).toHaveLength(3);
		const error = new ContentError(errors);
		// A heading and a line per problem, in English and then in Thai.
		expect(error.message.split('\n')).toHaveLength(8);
		expect(error.message).toMatch(/^The content has 3 problems; nothing was published:/);
		expect(error.message).toContain('เนื้อหามีปัญหา 3 จุด จึงยังไม่เผยแพร่:');
	});

	test('does not report again what was reported as invalid: references to it, or its stories', () => {
		const { errors } = linkCatalog(
			input({
				invalid: { products: new Set(['nan-silverware']), itineraries: new Set(['old-trip']) },
				products: [product('nan-handwoven-cloth')],
				itineraryStories: [...input().itineraryStories, story('old-trip/th')],
			}),
		);
		expect(errors).toEqual([]);
	});
});
