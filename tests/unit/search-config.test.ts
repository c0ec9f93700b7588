import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en';
import { th } from '../../src/i18n/th';
import {
	searchBeforePaint,
	searchConfig,
	searchKinds,
	searchOptions,
	searchSuggestions,
	type SearchCatalog,
} from '../../src/lib/search-config';
import { searchFilterNames } from '../../src/lib/search-state';
import { regions, type Region } from '../../src/schemas/region';
import type { Province } from '../../src/schemas/province';

const province = (id: string, thName: string, enName: string, region: Region): Province => ({
	id,
	code: 'TH-00',
	name: { th: thName, en: enName },
	region,
	capital: { lat: 0, lng: 0 },
});
const story = (title: string) => ({ data: { title } });
const product = (
	slug: string,
	titles: { th?: string; en?: string },
	options: { aliases?: string[]; featured?: boolean } = {},
) => ({
	slug,
	facts: { data: { aliases: options.aliases ?? [], featured: options.featured ?? false } },
	stories: {
		...(titles.th ? { th: story(titles.th) } : {}),
		...(titles.en ? { en: story(titles.en) } : {}),
	},
});

// Thai and English alphabetical orders differ, and Thai order is not code point order: เชียงใหม่
// sorts under ช (the leading vowel is skipped), before น่าน, though เ comes after น in Unicode.
const catalog: SearchCatalog = {
	provinces: [
		province('yala', 'ยะลา', 'Yala', 'south'),
		province('nan', 'น่าน', 'Nan', 'north'),
		province('ubon-ratchathani', 'อุบลราชธานี', 'Ubon Ratchathani', 'northeast'),
		province('chiang-mai', 'เชียงใหม่', 'Chiang Mai', 'north'),
	],
	categories: [
		{ id: 'food', name: { th: 'อาหาร', en: 'Food' } },
		{ id: 'textiles', name: { th: 'ผ้าและสิ่งทอ', en: 'Textiles' } },
		{ id: 'crafts', name: { th: 'หัตถกรรม', en: 'Crafts' } },
	],
	products: [
		product('nan-silverware', { th: 'เครื่องเงินน่าน', en: 'Nan Silverware' }, { featured: true }),
		product('betong-chicken', { th: 'ไก่เบตง' }, { aliases: ['Gai Betong'], featured: true }),
		product('yala-batik', { th: 'ผ้าบาติกยะลา', en: 'Yala Batik' }),
	],
	itineraries: [{ stories: { en: story('Northern Looms') } }],
};
const urls = { pagefind: '/pagefind/pagefind.js', basePath: '/' };
const values = (options: { value: string }[]) => options.map((o) => o.value);

describe('searchOptions()', () => {
	test('sorts provinces and categories by name in the Thai order on the Thai page', () => {
		const options = searchOptions(catalog, 'th');
		expect(values(options.province)).toEqual(['chiang-mai', 'nan', 'yala', 'ubon-ratchathani']);
		expect(values(options.category)).toEqual(['textiles', 'crafts', 'food']);
	});

	test('sorts them in English alphabetical order on the English page', () => {
		const options = searchOptions(catalog, 'en');
		expect(values(options.province)).toEqual(['chiang-mai', 'nan', 'ubon-ratchathani', 'yala']);
		expect(values(options.category)).toEqual(['crafts', 'food', 'textiles']);
	});

	test('offers every province and category once, by id, labelled in the page language', () => {
		for (const locale of ['th', 'en'] as const) {
			const options = searchOptions(catalog, locale);
			expect(options.province).toHaveLength(catalog.provinces.length);
			expect(options.category).toHaveLength(catalog.categories.length);
			for (const p of catalog.provinces)
				expect(options.province).toContainEqual({ value: p.id, label: p.name[locale] });
			for (const c of catalog.categories)
				expect(options.category).toContainEqual({ value: c.id, label: c.name[locale] });
		}
	});

	test('offers the kinds and the six regions in the site order, with translated labels', () => {
		const thai = searchOptions(catalog, 'th');
		const english = searchOptions(catalog, 'en');
		expect(values(thai.kind)).toEqual([...searchKinds]);
		expect(thai.kind.map((o) => o.label)).toEqual([
			th['nav.products'],
			th['nav.itineraries'],
			th['nav.provinces'],
		]);
		expect(english.kind[0]).toEqual({ value: 'product', label: en['nav.products'] });
		expect(values(thai.region)).toEqual([...regions]);
		expect(thai.region).toContainEqual({ value: 'south', label: th['region.south'] });
		expect(english.region).toContainEqual({ value: 'south', label: en['region.south'] });
	});
});

describe('searchConfig()', () => {
	test('labels every offered id of every filter, in the page language', () => {
		for (const locale of ['th', 'en'] as const) {
			const config = searchConfig(catalog, locale, urls);
			const options = searchOptions(catalog, locale);
			expect(Object.keys(config.labels).sort()).toEqual([...searchFilterNames].sort());
			for (const name of searchFilterNames)
				expect(config.labels[name]).toEqual(
					Object.fromEntries(options[name].map((o) => [o.value, o.label])),
				);
		}
		expect(searchConfig(catalog, 'th', urls).labels.province['nan']).toBe('น่าน');
		expect(searchConfig(catalog, 'en', urls).labels.category['textiles']).toBe('Textiles');
	});

	test('carries the language, the URLs and the messages of the page language', () => {
		const thai = searchConfig(catalog, 'th', urls);
		const english = searchConfig(catalog, 'en', {
			pagefind: '/repo/pagefind/pagefind.js',
			basePath: '/repo/',
		});
		expect(thai.lang).toBe('th');
		expect(thai.messages.results).toEqual({
			one: th['search.results.one'],
			other: th['search.results.other'],
		});
		expect(english.messages.filtered.one).toBe(en['search.filtered.one']);
		expect(english.kindNames).toEqual({
			product: en['search.kind.product'],
			itinerary: en['search.kind.itinerary'],
			province: en['search.kind.province'],
		});
		expect(thai.messages.noResults).toBe(th['search.noResults']);
		expect(english.lang).toBe('en');
		expect(english.messages.corrected).toBe(en['search.corrected']);
		expect(english.basePath).toBe('/repo/');
		expect(english.pagefind).toBe('/repo/pagefind/pagefind.js');
	});

	test('knows the words of titles, aliases, provinces and categories in both languages', () => {
		const { vocabulary } = searchConfig(catalog, 'en', urls);
		for (const word of [
			'silverware',
			'เครื่องเงินน่าน',
			'gai',
			'ไก่เบตง',
			'looms',
			'ubon',
			'อุบลราชธานี',
			'textiles',
			'หัตถกรรม',
		])
			expect(vocabulary.words).toContain(word);
		// The same vocabulary on both pages: a reader may type either language on either.
		expect(searchConfig(catalog, 'th', urls).vocabulary).toEqual(vocabulary);
	});

	test('names places first, then products and their aliases, whole and lower-case; not journeys', () => {
		const { names } = searchConfig(catalog, 'en', urls).vocabulary;
		expect(names.slice(0, 2)).toEqual(['yala', 'ยะลา']);
		expect(names).toContain('chiang mai');
		expect(names.indexOf('chiang mai')).toBeLessThan(names.indexOf('nan silverware'));
		expect(names).toContain('gai betong');
		expect(names).not.toContain('northern looms');
		expect(new Set(names).size).toBe(names.length);
	});
});

describe('searchSuggestions()', () => {
	test('suggests the featured products, titled in the page language or else the other one', () => {
		expect(searchSuggestions(catalog, 'en')).toEqual(['Nan Silverware', 'ไก่เบตง']);
		expect(searchSuggestions(catalog, 'th')).toEqual(['เครื่องเงินน่าน', 'ไก่เบตง']);
		expect(searchSuggestions(catalog, 'th', 1)).toEqual(['เครื่องเงินน่าน']);
	});
});

describe('searchBeforePaint', () => {
	/** Runs the inline script against a URL's search string; says whether it marked the page. */
	const marks = (search: string): boolean => {
		const classes = new Set<string>();
		const document = { documentElement: { classList: { add: (c: string) => classes.add(c) } } };
		new Function('location', 'document', searchBeforePaint)({ search }, document);
		return classes.has('has-search');
	};

	test('marks the page for a query or any filter in the URL', () => {
		expect(marks('?q=silver')).toBe(true);
		for (const name of searchFilterNames) expect(marks(`?${name}=x`), name).toBe(true);
		expect(marks('?q=silver&region=north')).toBe(true);
	});

	test('leaves the page alone with no search, an empty one, or another parameter', () => {
		expect(marks('')).toBe(false);
		expect(marks('?q=')).toBe(false);
		expect(marks('?utm_source=x')).toBe(false);
	});
});
