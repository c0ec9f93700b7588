import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { iso31662 } from 'iso-3166';
import { describe, expect, test } from 'vitest';
import { itineraryFactsSchema, itineraryStorySchema } from '../../src/schemas/itinerary';
import { productFactsSchema } from '../../src/schemas/product';
import { provinceSchema, type Province } from '../../src/schemas/province';
import { storySchema } from '../../src/schemas/story';
import { provinceNeighbours } from '../../src/lib/province-neighbours';
import { pointOutside } from '../../src/lib/province-of-point';
import { countWords, readItems, readStory, readYaml, thaiShare } from '../support/content';

const provinces = readYaml<Province[]>('content/provinces.yaml');
const sources = readFileSync('content/SOURCES.md', 'utf8');
const products = readItems('products');
const itineraries = readItems('itineraries');

describe('provinces', () => {
	test('all 77 provinces of ISO 3166-2:TH are present, with their ISO names', () => {
		// Pattaya (TH-S) is a special administrative city, not a province.
		const reference = iso31662.filter((s) => s.parent === 'TH' && s.code !== 'TH-S');
		expect(reference).toHaveLength(77);
		expect(provinces.map((p) => p.code).sort()).toEqual(reference.map((s) => s.code).sort());
		for (const province of provinces) {
			const iso = reference.find((s) => s.code === province.code)!;
			// ISO names Bangkok by its Thai formal name; the site uses the name travellers know.
			if (province.code !== 'TH-10') expect(province.name.en, province.code).toBe(iso.name);
		}
	});

	test('each province is valid and has a unique id', () => {
		for (const province of provinces) expect(provinceSchema.safeParse(province).success, province.id).toBe(true);
		expect(new Set(provinces.map((p) => p.id)).size).toBe(provinces.length);
	});

	test('the six regions hold 9, 20, 22, 7, 5 and 14 provinces', () => {
		const count = (region: string) => provinces.filter((p) => p.region === region).length;
		expect(['north', 'northeast', 'central', 'east', 'west', 'south'].map(count)).toEqual([9, 20, 22, 7, 5, 14]);
	});

	test('every province has an introduction in both languages', () => {
		for (const province of provinces) {
			expect(province.intro?.th, province.id).toBeTruthy();
			expect(province.intro?.en, province.id).toBeTruthy();
		}
	});

	test('every province has at least one registered product (GI), each with its source in SOURCES.md', () => {
		for (const province of provinces) {
			const registered = province.geographicalIndications ?? [];
			expect(registered.length, province.id).toBeGreaterThan(0);
			for (const gi of registered) expect(sources, `${province.id}: ${gi.name.en}`).toContain(gi.source);
		}
	});

	test('a product is called a GI in its facts exactly when its province lists it as one', () => {
		const linked = new Set(provinces.flatMap((p) => (p.geographicalIndications ?? []).flatMap((gi) => gi.story ?? [])));
		for (const { slug, facts } of products) {
			const standards = (facts['standards'] as string[] | undefined) ?? [];
			expect(standards.includes('geographical-indication'), slug).toBe(linked.has(slug));
		}
	});

	test('only a province whose programme list has a source in SOURCES.md names programme picks', () => {
		// The Ministry of Industry programme's picks (signatureProducts) rest on a published list: the
		// source article, quoted under the province's heading in SOURCES.md as its "Programme picks".
		for (const province of provinces.filter((p) => (p.signatureProducts ?? []).length > 0)) {
			const section = sources.split(/^# /m).find((s) => s.startsWith(`${province.name.en} (${province.id})`));
			expect(section, province.id).toMatch(/^Programme picks: .*source\/news-article\.th\.txt/m);
		}
	});
});

describe.each(products)('product $slug', ({ folder, facts, stories }) => {
	test('has valid facts, naming a known province', () => {
		const parsed = productFactsSchema(z.string()).safeParse(facts);
		expect(parsed.error?.issues ?? []).toEqual([]);
		expect(provinces.map((p) => p.id)).toContain(facts['province']);
	});

	test('its map point, if any, lies in its province: nearest to its capital or a neighbour’s', () => {
		const location = facts['location'] as { lat: number; lng: number } | undefined;
		if (location) expect(pointOutside(location, [String(facts['province'])], provinces, provinceNeighbours)).toBeUndefined();
	});

	test('has a story in both languages', () => {
		expect(stories.th, `${folder}/index.th.md`).toBeDefined();
		expect(stories.en, `${folder}/index.en.md`).toBeDefined();
	});

	test.each(['th', 'en'] as const)('%s story has valid front matter and at least 300 words', (locale) => {
		const { data, body } = readStory(stories[locale]!);
		expect(storySchema.safeParse(data).error?.issues ?? []).toEqual([]);
		expect(countWords(body, locale)).toBeGreaterThanOrEqual(300);
	});

	test('Thai story is written in Thai', () => {
		const { data, body } = readStory(stories.th!);
		expect(thaiShare(`${String(data['title'])} ${String(data['summary'])} ${body}`)).toBeGreaterThan(0.85);
	});
});

describe.each(itineraries)('itinerary $slug', ({ folder, facts, stories }) => {
	const parsed = itineraryFactsSchema(z.string()).safeParse(facts);

	test('has valid facts', () => {
		expect(parsed.error?.issues ?? []).toEqual([]);
	});

	test('every stop lies in one of its provinces: nearest to its capital or a neighbour’s', () => {
		for (const stop of parsed.data!.stops) {
			const outside = pointOutside(stop.coordinates, parsed.data!.provinces, provinces, provinceNeighbours);
			expect(outside, `${folder} stop ${stop.id} lies nearest to the capital of ${outside}`).toBeUndefined();
		}
	});

	test.each(['th', 'en'] as const)('%s story has the text of every stop', (locale) => {
		expect(stories[locale], `${folder}/index.${locale}.md`).toBeDefined();
		const { data } = readStory(stories[locale]!);
		const story = itineraryStorySchema.safeParse(data);
		expect(story.error?.issues ?? []).toEqual([]);
		expect(Object.keys(story.data!.stops).sort()).toEqual(parsed.data!.stops.map((s) => s.id).sort());
	});
});

describe('the source article', () => {
	// The 17 products the news article names (shared/source/news-article.th.txt), as it spells them.
	const named = {
		nan: ['ชาเชียงดา', 'เครื่องเงิน', 'ผ้าทอ'],
		'nakhon-sawan': ['เครื่องปั้นดินเผาบ้านมอญ', 'ผลิตภัณฑ์ตาลโตนดบ้านเกยไชย', 'ผลิตภัณฑ์แปรรูปข้าวเมืองสี่แคว'],
		'ubon-ratchathani': ['ผ้ากาบบัว', 'หมูยอ', 'ก๋วยจั๊บ'],
		'udon-thani': ['มะม่วงน้ำดอกไม้', 'เกลือสินเธาว์', 'กล้วยหอมทอง'],
		phuket: ['เครื่องประดับมุก', 'ผ้าบาติก'],
		yala: ['ผ้าสีมายา', 'ไก่เบตง', 'กล้วยหิน'],
	};
	test.each(Object.entries(named))('every product it names in %s has a story whose Thai title uses that name', (province, names) => {
		const titles = products.filter((p) => p.facts['province'] === province).map((p) => String(readStory(p.stories.th!).data['title']));
		for (const name of names) expect(titles.some((title) => title.startsWith(name)), `${name} in ${titles.join(', ')}`).toBe(true);
	});
});

describe('links between products and journeys', () => {
	test('every product is visited by at least one journey', () => {
		const visited = new Set(itineraries.flatMap((i) => (i.facts['stops'] as { product?: string }[]).map((s) => s.product)));
		expect(products.map((p) => p.slug).filter((slug) => !visited.has(slug))).toEqual([]);
	});
});
