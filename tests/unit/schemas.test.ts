import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { itineraryFactsSchema, itineraryStorySchema } from '../../src/schemas/itinerary';
import { productFactsSchema } from '../../src/schemas/product';
import { provinceSchema } from '../../src/schemas/province';
import { storySchema } from '../../src/schemas/story';

// In the build `src` is Astro's image(); here a path string stands in for it.
const productFacts = productFactsSchema(z.string());
const itineraryFacts = itineraryFactsSchema(z.string());

const image = {
	src: './cover.svg',
	alt: { th: 'ภาพวาดขันเงิน', en: 'Illustration of a silver bowl' },
	credit: 'Khong Dee illustration',
	licence: 'CC-BY-4.0',
	illustration: true,
};
const goodProduct = { province: 'nan', category: 'crafts', image, aliases: ['Nan silver'] };
const goodItinerary = {
	provinces: ['nan'],
	image,
	stops: [
		{ id: 'wat-phumin', day: 1, coordinates: { lat: 18.775, lng: 100.7717 }, product: 'nan-handwoven-cloth' },
		{ id: 'walking-street', day: 1, coordinates: { lat: 18.7756, lng: 100.773 } },
		{ id: 'nong-bua', day: 2, coordinates: { lat: 19.1634, lng: 100.7937 }, minutes: 90 },
	],
};
const goodProvince = { id: 'nan', code: 'TH-55', name: { th: 'น่าน', en: 'Nan' }, region: 'north', capital: { lat: 18.7756, lng: 100.773 } };

/** The messages of a failed parse, as `path: message` lines. */
function issues(schema: z.ZodType, value: unknown): string[] {
	const result = schema.safeParse(value);
	if (result.success) return [];
	return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('productFactsSchema', () => {
	test('accepts a complete product and fills defaults', () => {
		const parsed = productFacts.parse(goodProduct);
		expect(parsed.standards).toEqual([]);
		expect(parsed.featured).toBe(false);
		expect(parsed.image.illustration).toBe(true);
	});
	test('errors if province is not a kebab-case slug', () => {
		expect(issues(productFacts, { ...goodProduct, province: 'Nan Province' })).toEqual([
			'province: Expected an English kebab-case slug such as "nan-silverware".',
		]);
	});
	test('errors if the image has no alt text in one language', () => {
		expect(issues(productFacts, { ...goodProduct, image: { ...image, alt: { th: 'ภาพ' } } })).toEqual([
			'image.alt.en: Invalid input: expected string, received undefined',
		]);
		expect(issues(productFacts, { ...goodProduct, image: { ...image, alt: { th: '  ', en: 'x' } } })).toEqual(['image.alt.th: Write the Thai text (th).']);
	});
	test('errors if the image has no credit or an unknown licence', () => {
		expect(issues(productFacts, { ...goodProduct, image: { ...image, credit: '' } })).toEqual(['image.credit: Write who made the picture in "credit".']);
		expect(issues(productFacts, { ...goodProduct, image: { ...image, licence: 'free' } })[0]).toMatch(/^image\.licence: "licence" must be one of: CC0-1.0, CC-BY-4.0/);
	});
	test('errors on a standard that is not in the list', () => {
		expect(issues(productFacts, { ...goodProduct, standards: ['otop-5-star'] })[0]).toMatch(/^standards\.0: Each of "standards" must be one of/);
	});
	test('errors on coordinates outside Thailand, such as swapped lat and lng', () => {
		const messages = issues(productFacts, { ...goodProduct, location: { lat: 100.77, lng: 18.77 } });
		expect(messages).toHaveLength(2);
		expect(messages[0]).toMatch(/^location\.lat: Latitude must be inside Thailand .*swapped/);
		expect(messages[1]).toMatch(/^location\.lng: Longitude must be inside Thailand/);
	});
});

describe('storySchema', () => {
	test('accepts a title and a summary of sensible length', () => {
		expect(issues(storySchema, { title: 'เครื่องเงินน่าน', summary: 'เครื่องเงินตีมือของช่างเมืองน่าน สืบทอดลวดลายจากหลายชาติพันธุ์' })).toEqual([]);
	});
	test('errors on a missing title and a one-word summary', () => {
		expect(issues(storySchema, { summary: 'Silver.' })).toEqual([
			'title: Invalid input: expected string, received undefined',
			'summary: Write a "summary" of at least 30 characters: one or two sentences.',
		]);
	});
	test('errors on a summary too long for a card', () => {
		expect(issues(storySchema, { title: 'Nan silverware', summary: 'x'.repeat(221) })).toEqual([
			'summary: "summary" must be at most 220 characters: it is shown on cards and in search results.',
		]);
	});
});

describe('itineraryFactsSchema', () => {
	test('accepts stops in visiting order over two days', () => {
		expect(issues(itineraryFacts, goodItinerary)).toEqual([]);
	});
	test('errors if the first stop is not on day 1', () => {
		const stops = goodItinerary.stops.map((s) => ({ ...s, day: s.day + 1 }));
		expect(issues(itineraryFacts, { ...goodItinerary, stops })).toEqual(['stops.0.day: The first stop must be on day 1, not day 2.']);
	});
	test('errors if a day is skipped or goes backwards', () => {
		const skipped = goodItinerary.stops.map((s, i) => (i === 2 ? { ...s, day: 3 } : s));
		expect(issues(itineraryFacts, { ...goodItinerary, stops: skipped })).toEqual([
			'stops.2.day: Stops must be in visiting order: day 3 cannot follow day 1. Days go up by at most 1.',
		]);
		const backwards = [goodItinerary.stops[2]!, ...goodItinerary.stops.slice(0, 2)].map((s, i) => ({ ...s, day: [1, 2, 1][i]! }));
		expect(issues(itineraryFacts, { ...goodItinerary, stops: backwards })).toEqual([
			'stops.2.day: Stops must be in visiting order: day 1 cannot follow day 2. Days go up by at most 1.',
		]);
	});
	test('errors if two stops share an id', () => {
		const stops = goodItinerary.stops.map((s) => ({ ...s, id: 'same' }));
		expect(issues(itineraryFacts, { ...goodItinerary, stops: stops.map((s) => ({ ...s, day: 1 })) })).toEqual([
			'stops.1.id: Stop id "same" is used twice; give each stop its own id.',
			'stops.2.id: Stop id "same" is used twice; give each stop its own id.',
		]);
	});
	test('errors on a journey with a single stop or no province', () => {
		expect(issues(itineraryFacts, { ...goodItinerary, stops: goodItinerary.stops.slice(0, 1) })).toEqual(['stops: A journey needs at least 2 "stops".']);
		expect(issues(itineraryFacts, { ...goodItinerary, provinces: [] })).toEqual(['provinces: List at least one province in "provinces".']);
	});
});

describe('itineraryStorySchema', () => {
	test('accepts stop texts keyed by stop id', () => {
		const story = {
			title: 'Two days of Nan crafts',
			summary: 'Temples, looms and silver workshops of Nan, at an easy pace over two days.',
			stops: { 'wat-phumin': { name: 'Wat Phumin', activity: 'See the murals of the Tai Lue weavers.' } },
		};
		expect(issues(itineraryStorySchema, story)).toEqual([]);
	});
	test('errors on a stop without an activity', () => {
		const story = { title: 'Nan crafts', summary: 'Temples, looms and silver workshops of Nan over two days.', stops: { 'wat-phumin': { name: 'Wat Phumin' } } };
		expect(issues(itineraryStorySchema, story)).toEqual(['stops.wat-phumin.activity: Invalid input: expected string, received undefined']);
	});
});

describe('provinceSchema', () => {
	test('accepts a province', () => {
		expect(issues(provinceSchema, goodProvince)).toEqual([]);
	});
	test('errors if code is not an ISO 3166-2:TH code', () => {
		expect(issues(provinceSchema, { ...goodProvince, code: 'NAN' })).toEqual(['code: "code" must be an ISO 3166-2:TH code such as "TH-55".']);
	});
	test('errors on a region outside the six', () => {
		expect(issues(provinceSchema, { ...goodProvince, region: 'upper-north' })).toEqual([
			'region: "region" must be one of: north, northeast, central, east, west, south.',
		]);
	});
});
