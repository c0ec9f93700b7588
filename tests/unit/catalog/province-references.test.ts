import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../src/lib/content-problem';
import { createLinkContext } from '../../../src/lib/catalog/link-context';
import {
	geographicalIndicationProblems,
	signatureProductProblems,
} from '../../../src/lib/catalog/province-references';
import type { Province } from '../../../src/schemas/province';
import { input, product, province } from './fixtures';

const nan = province('nan', 'น่าน', 'Nan', 'north');
const yala = province('yala', 'ยะลา', 'Yala', 'south');

/** The problems of Nan's list; `published` are the products that made it into the catalogue. */
function problemsOf(
	signatureProducts: NonNullable<Province['signatureProducts']>,
	published: Record<string, Province>,
	options: { invalid?: string[]; unpublished?: string[] } = {},
) {
	const provinces = [
		{ ...nan, filePath: 'content/provinces.yaml', data: { ...nan.data, signatureProducts } },
		yala,
	];
	const products = [...Object.keys(published), ...(options.unpublished ?? [])].map((id) =>
		product(id),
	);
	const invalid = { products: new Set(options.invalid), itineraries: new Set<string>() };
	const context = createLinkContext(input({ provinces, products, invalid }), 'content');
	const bySlug = new Map(Object.entries(published).map(([slug, p]) => [slug, { province: p }]));
	return signatureProductProblems(provinces, bySlug, context).map((p) => formatProblem(p));
}

describe('signatureProductProblems()', () => {
	test('accepts published products of the province and names of unwritten ones', () => {
		expect(
			problemsOf(['nan-silverware', { th: 'ชาเชียงดา', en: 'Chiang Da tea' }], {
				'nan-silverware': nan.data,
			}),
		).toEqual([]);
	});

	test('errors on an unknown product or one of another province', () => {
		expect(
			problemsOf(['nan-silver', 'betong-chicken'], {
				'nan-silverware': nan.data,
				'betong-chicken': yala.data,
			}),
		).toEqual([
			'content/provinces.yaml — nan.signatureProducts.0 — unknown product "nan-silver" — use the name of a folder in content/products/, or { th, en } names for a product without a story yet. Did you mean "nan-silverware"?',
			'content/provinces.yaml — nan.signatureProducts.1 — "betong-chicken" belongs to Yala, not Nan — remove it from this list, or fix the province in its facts.yaml.',
		]);
	});

	test('says nothing of a product already reported: invalid facts, or left out for a broken reference', () => {
		expect(
			problemsOf(
				['nan-broken', 'nan-unlinked'],
				{},
				{
					invalid: ['nan-broken'],
					unpublished: ['nan-unlinked'],
				},
			),
		).toEqual([]);
	});
});

describe('geographicalIndicationProblems()', () => {
	const gi = (kind: string, story?: string) => ({
		name: { th: 'เครื่องเงินน่าน', en: 'Nan silver' },
		kind,
		about: { th: 'เครื่องเงิน', en: 'Silver.' },
		source: 'https://example.org/gi',
		...(story ? { story } : {}),
	});
	function problemsOf(
		geographicalIndications: NonNullable<Province['geographicalIndications']>,
		published: Record<string, Province>,
	) {
		const provinces = [
			{
				...nan,
				filePath: 'content/provinces.yaml',
				data: { ...nan.data, geographicalIndications },
			},
			yala,
		];
		const products = Object.keys(published).map((id) => product(id));
		const context = createLinkContext(input({ provinces, products }), 'content');
		const bySlug = new Map(Object.entries(published).map(([slug, p]) => [slug, { province: p }]));
		return geographicalIndicationProblems(provinces, bySlug, context).map((p) => formatProblem(p));
	}

	test('accepts a known kind, with no story or a published story of the province', () => {
		expect(
			problemsOf([gi('crafts'), gi('crafts', 'nan-silverware')], { 'nan-silverware': nan.data }),
		).toEqual([]);
	});

	test('errors on an unknown kind, an unknown story and a story of another province, at each field', () => {
		expect(
			problemsOf([gi('craft'), gi('crafts', 'nan-silver'), gi('crafts', 'betong-chicken')], {
				'nan-silverware': nan.data,
				'betong-chicken': yala.data,
			}),
		).toEqual([
			'content/provinces.yaml — nan.geographicalIndications.0.kind — unknown category "craft" — use one of the ids in content/categories.yaml. Did you mean "crafts"?',
			'content/provinces.yaml — nan.geographicalIndications.1.story — unknown product "nan-silver" — use the name of a folder in content/products/, or leave "story" out while the product has no story. Did you mean "nan-silverware"?',
			'content/provinces.yaml — nan.geographicalIndications.2.story — "betong-chicken" belongs to Yala, not Nan — remove it from this list, or fix the province in its facts.yaml.',
		]);
	});
});
