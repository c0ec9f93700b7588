import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { adviceForIssue } from '../../src/editor-messages/schema-issues';
import { categorySchema, type Category } from '../../src/schemas/category';
import { itineraryFactsSchema, itineraryStorySchema } from '../../src/schemas/itinerary';
import { productFactsSchema } from '../../src/schemas/product';
import { provinceSchema, type Province } from '../../src/schemas/province';
import { textLimits } from '../../src/schemas/shared';
import { storySchema } from '../../src/schemas/story';
import { contentDir, readItems, readStory, readYaml } from '../support/content';

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
		{
			id: 'wat-phumin',
			day: 1,
			coordinates: { lat: 18.775, lng: 100.7717 },
			product: 'nan-handwoven-cloth',
		},
		{ id: 'walking-street', day: 1, coordinates: { lat: 18.7756, lng: 100.773 } },
		{ id: 'nong-bua', day: 2, coordinates: { lat: 19.1634, lng: 100.7937 }, minutes: 90 },
	],
};
const goodProvince = {
	id: 'nan',
	code: 'TH-55',
	name: { th: 'น่าน', en: 'Nan' },
	region: 'north',
	capital: { lat: 18.7756, lng: 100.773 },
};

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
		expect(
			issues(productFacts, { ...goodProduct, image: { ...image, alt: { th: 'ภาพ' } } }),
		).toEqual(['image.alt.en: Invalid input: expected string, received undefined']);
		expect(
			issues(productFacts, { ...goodProduct, image: { ...image, alt: { th: '  ', en: 'x' } } }),
		).toEqual(['image.alt.th: Write the Thai text (th).']);
	});
	test('takes a credit as one name, or as the name in each language, and nothing else', () => {
		const bilingual = { th: 'ของดี', en: 'Khong Dee' };
		expect(
			issues(productFacts, { ...goodProduct, image: { ...image, credit: bilingual } }),
		).toEqual([]);
		expect(
			issues(productFacts, { ...goodProduct, image: { ...image, credit: { th: 'ของดี' } } }),
		).not.toEqual([]);
		expect(
			issues(productFacts, {
				...goodProduct,
				image: { ...image, credit: { ...bilingual, fr: 'Khong Dee' } },
			}),
		).not.toEqual([]);
		expect(
			issues(productFacts, { ...goodProduct, image: { ...image, credit: ['Khong Dee'] } }),
		).not.toEqual([]);
	});

	test('errors if the image has no credit or an unknown licence', () => {
		expect(issues(productFacts, { ...goodProduct, image: { ...image, credit: '' } })).toEqual([
			'image.credit: Write who made the picture in "credit".',
		]);
		expect(
			issues(productFacts, { ...goodProduct, image: { ...image, licence: 'free' } })[0],
		).toMatch(/^image\.licence: "licence" must be one of: CC0-1.0, CC-BY-4.0/);
	});
	test('errors on a standard that is not in the list', () => {
		expect(issues(productFacts, { ...goodProduct, standards: ['otop-5-star'] })[0]).toMatch(
			/^standards\.0: Each of "standards" must be one of/,
		);
	});
	test('errors on coordinates outside Thailand, such as swapped lat and lng', () => {
		const messages = issues(productFacts, {
			...goodProduct,
			location: { lat: 100.77, lng: 18.77 },
		});
		expect(messages).toHaveLength(2);
		expect(messages[0]).toMatch(/^location\.lat: Latitude must be inside Thailand .*swapped/);
		expect(messages[1]).toMatch(/^location\.lng: Longitude must be inside Thailand/);
	});
});

describe('storySchema', () => {
	test('accepts a title and a summary of sensible length', () => {
		expect(
			issues(storySchema, {
				title: 'เครื่องเงินน่าน',
				summary: 'เครื่องเงินตีมือของช่างเมืองน่าน สืบทอดลวดลายจากหลายชาติพันธุ์',
			}),
		).toEqual([]);
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

describe('control characters', () => {
	test('are refused in every text an editor writes, and tabs and line breaks are not', () => {
		const control = 'the text holds invisible control characters, copied from another program';
		expect(issues(storySchema, { title: 'Nan\u0000 Silverware', summary: 'x'.repeat(40) })).toEqual(
			[`title: ${control}`],
		);
		expect(
			issues(storySchema, { title: 'Nan\u001b[31m', summary: `${'x'.repeat(40)}\u0001` }),
		).toEqual([`title: ${control}`, `summary: ${control}`]);
		expect(
			issues(itineraryStorySchema, {
				title: 'Nan in two days',
				summary: 'x'.repeat(40),
				stops: {
					'wat-phumin': {
						name: 'Wat\u0001 Phumin',
						activity: 'Look at the murals\n\tfor a while.',
					},
				},
			}),
		).toEqual([`stops.wat-phumin.name: ${control}`]);
	});
});

describe('itineraryFactsSchema', () => {
	test('accepts stops in visiting order over two days', () => {
		expect(issues(itineraryFacts, goodItinerary)).toEqual([]);
	});
	test('errors if the first stop is not on day 1', () => {
		const stops = goodItinerary.stops.map((s) => ({ ...s, day: s.day + 1 }));
		expect(issues(itineraryFacts, { ...goodItinerary, stops })).toEqual([
			'stops.0.day: the first stop is on day 2, not day 1',
		]);
	});
	test('errors if a day is skipped or goes backwards', () => {
		const skipped = goodItinerary.stops.map((s, i) => (i === 2 ? { ...s, day: 3 } : s));
		expect(issues(itineraryFacts, { ...goodItinerary, stops: skipped })).toEqual([
			'stops.2.day: day 3 cannot follow day 1',
		]);
		const backwards = [goodItinerary.stops[2]!, ...goodItinerary.stops.slice(0, 2)].map((s, i) => ({
			...s,
			day: [1, 2, 1][i]!,
		}));
		expect(issues(itineraryFacts, { ...goodItinerary, stops: backwards })).toEqual([
			'stops.2.day: day 1 cannot follow day 2',
		]);
	});
	test('errors if two stops share an id', () => {
		const stops = goodItinerary.stops.map((s) => ({ ...s, id: 'same' }));
		expect(
			issues(itineraryFacts, { ...goodItinerary, stops: stops.map((s) => ({ ...s, day: 1 })) }),
		).toEqual([
			'stops.1.id: the stop id "same" is used twice',
			'stops.2.id: the stop id "same" is used twice',
		]);
	});
	test('errors on a journey with a single stop or no province', () => {
		expect(
			issues(itineraryFacts, { ...goodItinerary, stops: goodItinerary.stops.slice(0, 1) }),
		).toEqual(['stops: A journey needs at least 2 "stops".']);
		expect(issues(itineraryFacts, { ...goodItinerary, provinces: [] })).toEqual([
			'provinces: List at least one province in "provinces".',
		]);
	});
});

describe('itineraryStorySchema', () => {
	test('accepts stop texts keyed by stop id', () => {
		const story = {
			title: 'Two days of Nan crafts',
			summary: 'Temples, looms and silver workshops of Nan, at an easy pace over two days.',
			stops: {
				'wat-phumin': { name: 'Wat Phumin', activity: 'See the murals of the Tai Lue weavers.' },
			},
		};
		expect(issues(itineraryStorySchema, story)).toEqual([]);
	});
	test('errors on a stop without an activity', () => {
		const story = {
			title: 'Nan crafts',
			summary: 'Temples, looms and silver workshops of Nan over two days.',
			stops: { 'wat-phumin': { name: 'Wat Phumin' } },
		};
		expect(issues(itineraryStorySchema, story)).toEqual([
			'stops.wat-phumin.activity: Invalid input: expected string, received undefined',
		]);
	});
});

describe('provinceSchema', () => {
	test('accepts a province', () => {
		expect(issues(provinceSchema, goodProvince)).toEqual([]);
	});
	test('errors if code is not an ISO 3166-2:TH code', () => {
		expect(issues(provinceSchema, { ...goodProvince, code: 'NAN' })).toEqual([
			'code: "code" must be an ISO 3166-2:TH code such as "TH-55".',
		]);
	});
	test('errors on a region outside the six', () => {
		expect(issues(provinceSchema, { ...goodProvince, region: 'upper-north' })).toEqual([
			'region: "region" must be one of: north, northeast, central, east, west, south.',
		]);
	});

	const gi = {
		name: { th: 'เครื่องปั้นดินเผาบ้านมอญ', en: 'Ban Mon pottery' },
		kind: 'crafts',
		about: { th: 'เครื่องปั้นดินเผาไม่เคลือบ', en: 'Unglazed earthenware.' },
		registered: 2018,
		source: 'https://agrinewsthai.com/did-you-know/184545',
	};
	const withGi = (entry: Record<string, unknown>) => ({
		...goodProvince,
		geographicalIndications: [entry],
	});
	test('accepts a registered product with its source, with or without a year and a story', () => {
		expect(issues(provinceSchema, withGi(gi))).toEqual([]);
		const { registered: _, ...undated } = gi;
		expect(issues(provinceSchema, withGi({ ...undated, story: 'ban-mon-pottery' }))).toEqual([]);
	});
	test('refuses a registered product without a source, or with one that is not a web address', () => {
		const { source: _, ...unsourced } = gi;
		expect(issues(provinceSchema, withGi(unsourced))).toEqual([
			'geographicalIndications.0.source: Invalid input: expected string, received undefined',
		]);
		for (const source of ['agrinewsthai.com/x', 'ftp://agrinewsthai.com/x', 'javascript:alert(1)'])
			expect(issues(provinceSchema, withGi({ ...gi, source }))).toEqual([
				'geographicalIndications.0.source: "source" must be a web address starting with https:// or http://.',
			]);
	});
	test('refuses a Buddhist-era year, a year before GI registration began, and a part of a year', () => {
		expect(issues(provinceSchema, withGi({ ...gi, registered: 2561 }))).toEqual([
			'geographicalIndications.0.registered: "registered" must be a year written in full, such as 2014 (not a Buddhist year).',
		]);
		expect(issues(provinceSchema, withGi({ ...gi, registered: 1999 }))).toEqual([
			'geographicalIndications.0.registered: "registered" must be a year from 2004, when GI registration began.',
		]);
		expect(issues(provinceSchema, withGi({ ...gi, registered: 2018.5 }))).toEqual([
			'geographicalIndications.0.registered: "registered" must be a whole year such as 2014.',
		]);
	});
	test('refuses a field it does not know, so a misspelt one is not silently dropped', () => {
		expect(issues(provinceSchema, withGi({ ...gi, soruce: gi.source }))).toEqual([
			'geographicalIndications.0: Unrecognized key: "soruce"',
		]);
	});
});

describe('length limits', () => {
	const issuesOf = (schema: z.ZodType, value: unknown) => {
		const result = schema.safeParse(value);
		return result.success ? [] : result.error.issues;
	};
	test('a 2 MB alt text is refused, naming the field and the limit, in both languages and without quoting the text', () => {
		const huge = 'A silver bowl. '.repeat(140_000);
		const facts = { ...goodProduct, image: { ...image, alt: { th: 'ภาพ', en: huge } } };
		const [issue, ...rest] = issuesOf(productFacts, facts);
		expect(rest).toEqual([]);
		expect(issue!.path).toEqual(['image', 'alt', 'en']);
		expect(issue!.message).toBe(
			`In English (en), the alt text must be at most ${textLimits.alt} characters.`,
		);
		const advice = adviceForIssue(issue!, facts);
		expect(advice.what.en).toBe(
			`too long (${huge.trim().length} characters, at most ${textLimits.alt})`,
		);
		expect(advice.what.th).toMatch(/^ยาวเกินไป \(\d+ ตัวอักษร ต้องไม่เกิน 500\)$/);
		expect(advice.fix).toEqual({
			en: 'shorten it to 500 characters or fewer.',
			th: 'ตัดให้เหลือไม่เกิน 500 ตัวอักษร',
		});
		for (const text of [advice.what.en, advice.what.th, advice.fix.en, advice.fix.th])
			expect(text.length).toBeLessThan(100);
	});
	test.each([
		[
			'credit',
			productFacts,
			{ ...goodProduct, image: { ...image, credit: 'x'.repeat(textLimits.credit + 1) } },
			'image.credit',
			`"credit" must be at most ${textLimits.credit} characters`,
		],
		[
			'an alias',
			productFacts,
			{ ...goodProduct, aliases: ['x'.repeat(textLimits.alias + 1)] },
			'aliases.0',
			`at most ${textLimits.alias} characters`,
		],
		[
			'how many aliases',
			productFacts,
			{
				...goodProduct,
				aliases: Array.from({ length: textLimits.aliases + 1 }, (_, i) => `alias ${i}`),
			},
			'aliases',
			`at most ${textLimits.aliases} "aliases"`,
		],
		[
			'a slug',
			productFacts,
			{ ...goodProduct, province: 'a'.repeat(textLimits.slug + 1) },
			'province',
			`at most ${textLimits.slug} characters`,
		],
		[
			'how many stops',
			itineraryFacts,
			{
				...goodItinerary,
				stops: Array.from({ length: textLimits.stops + 1 }, (_, i) => ({
					...goodItinerary.stops[0]!,
					id: `stop-${i}`,
				})),
			},
			'stops',
			`at most ${textLimits.stops} "stops"`,
		],
		[
			'a province name',
			provinceSchema,
			{ ...goodProvince, name: { th: 'ก'.repeat(textLimits.name + 1), en: 'Nan' } },
			'name.th',
			`In Thai (th), the name must be at most ${textLimits.name} characters`,
		],
		[
			'a province intro',
			provinceSchema,
			{ ...goodProvince, intro: { th: 'น่าน', en: 'x'.repeat(textLimits.intro + 1) } },
			'intro.en',
			`the intro must be at most ${textLimits.intro} characters`,
		],
		[
			'a category name',
			categorySchema,
			{ id: 'crafts', name: { th: 'หัตถกรรม', en: 'x'.repeat(textLimits.name + 1) } },
			'name.en',
			`at most ${textLimits.name} characters`,
		],
	] as const)('%s has a limit, told in plain words', (_name, schema, value, path, message) => {
		const found = issuesOf(schema, value);
		expect(found.map((issue) => issue.path.join('.'))).toEqual([path]);
		expect(found[0]!.message).toContain(message);
		const advice = adviceForIssue(found[0]!, value);
		expect(advice.what.en).toMatch(/too long|more than/);
		expect(advice.what.th).toMatch(/\p{Script=Thai}/u);
		expect(advice.fix.th).toMatch(/\p{Script=Thai}/u);
	});
	test.each([
		[
			'name',
			textLimits.stopName,
			`A stop's "name" must be at most ${textLimits.stopName} characters.`,
		],
		[
			'activity',
			textLimits.stopActivity,
			`A stop's "activity" must be at most ${textLimits.stopActivity} characters: one to three sentences.`,
		],
		[
			'travel',
			textLimits.stopTravel,
			`A stop's "travel" must be at most ${textLimits.stopTravel} characters.`,
		],
	] as const)("a stop's %s has a limit", (field, limit, message) => {
		const stop = {
			name: 'Wat Phumin',
			activity: 'See the murals of the Tai Lue weavers.',
			travel: 'Walk 5 minutes.',
			[field]: 'ก'.repeat(limit + 1),
		};
		const story = {
			title: 'Nan crafts',
			summary: 'Temples, looms and silver workshops of Nan over two days.',
			stops: { 'wat-phumin': stop },
		};
		expect(issues(itineraryStorySchema, story)).toEqual([`stops.wat-phumin.${field}: ${message}`]);
		expect(
			issues(itineraryStorySchema, {
				...story,
				stops: { 'wat-phumin': { ...stop, [field]: 'ก'.repeat(limit) } },
			}),
		).toEqual([]);
	});
	test("each limit is above the bundled content's longest value", () => {
		const longest = new Map<keyof typeof textLimits, number>();
		const see = (limit: keyof typeof textLimits, value: unknown) => {
			const size =
				typeof value === 'string' ? value.trim().length : Array.isArray(value) ? value.length : 0;
			longest.set(limit, Math.max(longest.get(limit) ?? 0, size));
		};
		const both = (
			limit: keyof typeof textLimits,
			text: { th?: unknown; en?: unknown } | undefined,
		) => [text?.th, text?.en].forEach((value) => see(limit, value));
		for (const province of readYaml<Province[]>(join(contentDir, 'provinces.yaml'))) {
			see('slug', province.id);
			both('name', province.name);
			both('intro', province.intro);
			see('signatureProducts', province.signatureProducts);
			for (const item of province.signatureProducts ?? []) {
				if (typeof item === 'string') see('slug', item);
				else both('name', item);
			}
			see('geographicalIndications', province.geographicalIndications);
			for (const gi of province.geographicalIndications ?? []) {
				both('name', gi.name);
				both('giAbout', gi.about);
				see('url', gi.source);
			}
		}
		for (const category of readYaml<Category[]>(join(contentDir, 'categories.yaml'))) {
			see('slug', category.id);
			both('name', category.name);
		}
		for (const collection of ['products', 'itineraries'] as const) {
			for (const item of readItems(collection)) {
				const facts = item.facts as {
					image: { alt: { th: string; en: string }; credit: string | { th: string; en: string } };
					aliases?: string[];
					stops?: { id: string }[];
					provinces?: string[];
				};
				see('slug', item.slug);
				both('alt', facts.image.alt);
				const credit = facts.image.credit;
				if (typeof credit === 'string') see('credit', credit);
				else both('credit', credit);
				see('aliases', facts.aliases);
				for (const alias of facts.aliases ?? []) see('alias', alias);
				see('stops', facts.stops);
				see('provinces', facts.provinces);
				for (const stop of facts.stops ?? []) see('slug', stop.id);
				for (const file of Object.values(item.stories)) {
					if (!file) continue;
					const stops = (readStory(file).data.stops ?? {}) as Record<
						string,
						{ name: string; activity: string; travel?: string }
					>;
					for (const stop of Object.values(stops)) {
						see('stopName', stop.name);
						see('stopActivity', stop.activity);
						see('stopTravel', stop.travel);
					}
				}
			}
		}
		// Every limit is measured, and leaves room: the longest bundled value is well under it.
		expect([...longest.keys()].sort()).toEqual(Object.keys(textLimits).sort());
		for (const [limit, size] of longest)
			expect(size, `${limit}: longest ${size}, limit ${textLimits[limit]}`).toBeLessThanOrEqual(
				textLimits[limit] * 0.8,
			);
	});
});
