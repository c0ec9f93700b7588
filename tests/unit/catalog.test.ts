import { describe, expect, test } from 'vitest';
import {
	groupByProvince,
	linkCatalog,
	provinceProducts,
	provincesByRegion,
	storyFor,
} from '../../src/lib/catalog';
import { ContentError, formatProblem } from '../../src/lib/content-problem';
import { regions } from '../../src/schemas/region';
import type { Province } from '../../src/schemas/province';

const province = (
	id: string,
	th: string,
	en: string,
	region: Province['region'],
): { id: string; data: Province } => ({
	id,
	data: { id, code: 'TH-55', name: { th, en }, region, capital: { lat: 18.7, lng: 100.7 } },
});
const product = (id: string, provinceId = 'nan', category = 'crafts') => ({
	id,
	filePath: `content/products/${id}/facts.yaml`,
	data: { province: provinceId, category },
});
const story = (id: string, data: Record<string, unknown> = {}) => ({
	id,
	filePath: `content/${id}.md`,
	data: { title: id, stops: {}, ...data },
});
const itinerary = (id: string, stops: { id: string; product?: string }[], provinces = ['nan']) => ({
	id,
	filePath: `content/itineraries/${id}/facts.yaml`,
	data: { provinces, stops },
});

function input(overrides: Partial<Parameters<typeof linkCatalog>[0]> = {}) {
	return {
		provinces: [province('nan', 'น่าน', 'Nan', 'north'), province('yala', 'ยะลา', 'Yala', 'south')],
		categories: [
			{ id: 'crafts', data: { id: 'crafts', name: { th: 'งานหัตถกรรม', en: 'Crafts' } } },
		],
		products: [product('nan-silverware'), product('nan-handwoven-cloth')],
		productStories: [
			story('nan-silverware/th'),
			story('nan-silverware/en'),
			story('nan-handwoven-cloth/th'),
			story('nan-handwoven-cloth/en'),
		],
		itineraries: [
			itinerary('nan-crafts', [
				{ id: 'a', product: 'nan-handwoven-cloth' },
				{ id: 'b' },
				{ id: 'c', product: 'nan-silverware' },
				{ id: 'd', product: 'nan-handwoven-cloth' },
			]),
		],
		itineraryStories: ['th', 'en'].map((l) =>
			story(`nan-crafts/${l}`, { stops: { a: {}, b: {}, c: {}, d: {} } }),
		),
		...overrides,
	};
}

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

	test('errors if province is unknown, naming the file, the field and the value', () => {
		const { errors } = linkCatalog(input({ products: [product('nan-silverware', 'nann')] }));
		expect(errors.map((p) => formatProblem(p))).toContain(
			'content/products/nan-silverware/facts.yaml — province — unknown province "nann" — use one of the ids in content/provinces.yaml. Did you mean "nan"?',
		);
		expect(errors.map((p) => formatProblem(p, 'th'))).toContain(
			'content/products/nan-silverware/facts.yaml — province — ไม่รู้จักจังหวัด "nann" — ใช้ id ที่มีอยู่ใน content/provinces.yaml หมายถึง "nan" หรือเปล่า',
		);
	});

	test('errors if category is unknown', () => {
		const { errors } = linkCatalog(
			input({ products: [product('nan-silverware', 'nan', 'silver')] }),
		);
		expect(errors.map((p) => formatProblem(p))).toContain(
			'content/products/nan-silverware/facts.yaml — category — unknown category "silver" — use one of the ids in content/categories.yaml.',
		);
	});

	test('errors if a stop names a product that does not exist', () => {
		const { errors } = linkCatalog(
			input({
				itineraries: [
					itinerary('nan-crafts', [
						{ id: 'a', product: 'nan-silver' },
						{ id: 'b' },
						{ id: 'c' },
						{ id: 'd' },
					]),
				],
			}),
		);
		expect(errors.map((p) => formatProblem(p))).toEqual([
			'content/itineraries/nan-crafts/facts.yaml — stops.0.product — unknown product "nan-silver" — use one of the ids in content/products/. Did you mean "nan-silverware"?',
		]);
	});

	test('errors if a journey passes through an unknown province', () => {
		const { errors } = linkCatalog(
			input({
				itineraries: [
					itinerary(
						'nan-crafts',
						[{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }],
						['nan', 'phrae'],
					),
				],
			}),
		);
		expect(errors.map((p) => formatProblem(p))).toEqual([
			'content/itineraries/nan-crafts/facts.yaml — provinces.1 — unknown province "phrae" — use one of the ids in content/provinces.yaml.',
		]);
	});

	test('errors if a story lacks the text of a stop, or has text for a stop that is not there', () => {
		const stories = [
			story('nan-crafts/th', { stops: { a: {}, b: {}, c: {}, e: {} } }),
			story('nan-crafts/en', { stops: { a: {}, b: {}, c: {}, d: {} } }),
		];
		const { errors } = linkCatalog(input({ itineraryStories: stories }));
		expect(errors.map((p) => formatProblem(p))).toEqual([
			'content/nan-crafts/th.md — stops.d — the stop "d" of facts.yaml has no text here — add its name and activity under "stops:".',
			'content/nan-crafts/th.md — stops.e — no stop "e" in facts.yaml — use one of: a, b, c, d. Did you mean "a"?',
		]);
	});

	test('errors on a story whose folder has no facts.yaml', () => {
		const { errors } = linkCatalog(
			input({ productStories: [...input().productStories, story('nan-lost/th')] }),
		);
		expect(errors).toHaveLength(1);
		expect(errors[0]!.file).toBe('content/nan-lost/th.md');
		expect(errors[0]!.what.en).toBe('there is no facts.yaml in content/products/nan-lost/');
		expect(errors[0]!.what.th).toBe('ไม่มีไฟล์ facts.yaml ในโฟลเดอร์ content/products/nan-lost/');
	});

	test('errors on an item with no story in any language', () => {
		const { errors } = linkCatalog(
			input({
				productStories: input().productStories.filter((s) => !s.id.startsWith('nan-silverware/')),
			}),
		);
		expect(errors.map((p) => formatProblem(p))).toEqual([
			'content/products/nan-silverware/th.md — (file) — there is no story in any language — write th.md or en.md in content/products/nan-silverware/.',
		]);
	});

	test('reports a missing translation as a gap, not an error', () => {
		const { errors, translationGaps } = linkCatalog(
			input({ productStories: input().productStories.filter((s) => s.id !== 'nan-silverware/en') }),
		);
		expect(errors).toEqual([]);
		expect(translationGaps.map((p) => formatProblem(p))).toEqual([
			'content/products/nan-silverware/en.md — (file) — no English story yet; the page shows the other language with a notice — write en.md when you can.',
		]);
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

describe('provincesByRegion()', () => {
	test('lists every region in order, each sorted by name in the page language', () => {
		const provinces = [
			province('yala', 'ยะลา', 'Yala', 'south'),
			province('phuket', 'ภูเก็ต', 'Phuket', 'south'),
			province('nan', 'น่าน', 'Nan', 'north'),
		].map((p) => p.data);
		const groups = provincesByRegion(provinces, regions, 'en');
		expect(groups.map((g) => g.region)).toEqual([...regions]);
		expect(groups.find((g) => g.region === 'south')!.provinces.map((p) => p.id)).toEqual([
			'phuket',
			'yala',
		]);
		expect(groups.find((g) => g.region === 'east')!.provinces).toEqual([]);
		// Thai order: ภ before ย.
		expect(
			provincesByRegion(provinces, regions, 'th')
				.find((g) => g.region === 'south')!
				.provinces.map((p) => p.id),
		).toEqual(['phuket', 'yala']);
	});
});

describe('groupByProvince()', () => {
	test('groups items under their province, north before south, then by name', () => {
		const nan = province('nan', 'น่าน', 'Nan', 'north').data;
		const yala = province('yala', 'ยะลา', 'Yala', 'south').data;
		const phuket = province('phuket', 'ภูเก็ต', 'Phuket', 'south').data;
		const items = [
			{ slug: 'betong-chicken', province: yala },
			{ slug: 'phuket-pearls', province: phuket },
			{ slug: 'nan-silverware', province: nan },
			{ slug: 'yala-simaya-cloth', province: yala },
		];
		const groups = groupByProvince(items, (i) => i.province, regions, 'en');
		expect(groups.map((g) => [g.province.id, g.items.map((i) => i.slug)])).toEqual([
			['nan', ['nan-silverware']],
			['phuket', ['phuket-pearls']],
			['yala', ['betong-chicken', 'yala-simaya-cloth']],
		]);
	});
});

describe('signature products of a province', () => {
	const withSignature = (signatureProducts: (string | { th: string; en: string })[]) => {
		const nan = province('nan', 'น่าน', 'Nan', 'north');
		return [
			{ ...nan, filePath: 'content/provinces.yaml', data: { ...nan.data, signatureProducts } },
			province('yala', 'ยะลา', 'Yala', 'south'),
		];
	};
	test('accepts published products of the province and names of unwritten ones', () => {
		const { errors } = linkCatalog(
			input({
				provinces: withSignature(['nan-silverware', { th: 'ชาเชียงดา', en: 'Chiang Da tea' }]),
			}),
		);
		expect(errors).toEqual([]);
	});
	test('errors on an unknown product or one of another province', () => {
		const yalaProduct = product('betong-chicken', 'yala');
		const { errors } = linkCatalog(
			input({
				provinces: withSignature(['nan-silver', 'betong-chicken']),
				products: [...input().products, yalaProduct],
				productStories: [...input().productStories, story('betong-chicken/th')],
			}),
		);
		expect(errors.map((p) => formatProblem(p))).toEqual([
			'content/provinces.yaml — nan.signatureProducts.0 — unknown product "nan-silver" — use the name of a folder in content/products/, or { th, en } names for a product without a story yet. Did you mean "nan-silverware"?',
			'content/provinces.yaml — nan.signatureProducts.1 — "betong-chicken" belongs to Yala, not Nan — remove it from this list, or fix the province in its facts.yaml.',
		]);
	});
});

describe('provinceProducts()', () => {
	test('puts the signature products first, in the listed order, and names those without a story', () => {
		const nan = {
			...province('nan', 'น่าน', 'Nan', 'north').data,
			signatureProducts: [
				'nan-silverware',
				{ th: 'ชาเชียงดา', en: 'Chiang Da tea' },
				'nan-handwoven-cloth',
			],
		};
		const yala = province('yala', 'ยะลา', 'Yala', 'south').data;
		const items = [
			{ slug: 'nan-handwoven-cloth', province: nan },
			{ slug: 'nan-lacquer', province: nan },
			{ slug: 'betong-chicken', province: yala },
			{ slug: 'nan-silverware', province: nan },
		];
		const result = provinceProducts(nan, items);
		expect(result.products.map((p) => p.slug)).toEqual([
			'nan-silverware',
			'nan-handwoven-cloth',
			'nan-lacquer',
		]);
		expect(result.signatureSlugs).toEqual(['nan-silverware', 'nan-handwoven-cloth']);
		expect(result.unwritten).toEqual([{ th: 'ชาเชียงดา', en: 'Chiang Da tea' }]);
	});
});
