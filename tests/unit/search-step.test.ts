import { describe, expect, test, vi } from 'vitest';
import type { SearchConfig } from '../../src/lib/search-config';
import {
	isBlank,
	loadResults,
	pageSize,
	resultView,
	searchStep,
	type PagefindLike,
	type PagefindResultData,
} from '../../src/lib/search-step';
import { termsSeparator } from '../../src/lib/search-terms';

/** A page in the fake index: the words it is found by, and its filters (ids, as pages give them). */
interface FakePage {
	id: string;
	words: string[];
	filters: Record<string, string[]>;
	meta?: Record<string, string>;
	excerpt?: string;
}

/**
 * A pagefind stand-in: finds pages with a word starting with each query word (or every page for a
 * null query) whose filters hold every value asked for; it records what it was asked.
 */
function fakePagefind(pages: FakePage[]) {
	const calls: { query: string | null; filters: Record<string, string> }[] = [];
	const pagefind: PagefindLike = {
		async search(query, options = {}) {
			const filters = options.filters ?? {};
			calls.push({ query, filters });
			const words = query?.toLowerCase().split(' ') ?? [];
			const found = pages.filter(
				(page) =>
					words.every((w) => page.words.some((pw) => pw.startsWith(w))) &&
					Object.entries(filters).every(([name, value]) => page.filters[name]?.includes(value)),
			);
			return {
				results: found.map((page) => ({
					id: page.id,
					data: async () => ({
						url: `/en/${page.id}/`,
						excerpt: page.excerpt ?? page.words.join(' '),
						meta: { title: page.id, ...page.meta },
						filters: page.filters,
					}),
				})),
			};
		},
	};
	return { pagefind, calls, engine: vi.fn(async () => pagefind) };
}

const config: SearchConfig = {
	lang: 'en',
	pagefind: '/pagefind/pagefind.js',
	basePath: '/',
	labels: {
		kind: { product: 'Products', itinerary: 'Journeys', province: 'Provinces' },
		region: { north: 'North', south: 'South' },
		category: { food: 'Food', crafts: 'Crafts' },
		province: { nan: 'Nan', yala: 'Yala' },
	},
	messages: {
		noResults: 'none for {q}',
		results: '{n} for {q}',
		filtered: '{n} filtered',
		corrected: 'none for {q}, showing {corrected}',
		loading: 'loading',
	},
	vocabulary: ['betong', 'chicken', 'silverware', 'nan'],
};

const pages: FakePage[] = [
	{
		id: 'betong-chicken',
		words: ['betong', 'chicken', 'ไก่', 'เบตง'],
		filters: { kind: ['product'], region: ['south'], province: ['yala'], category: ['food'] },
	},
	{
		id: 'nan-silverware',
		words: ['nan', 'silverware'],
		filters: { kind: ['product'], region: ['north'], province: ['nan'], category: ['crafts'] },
	},
	{
		id: 'nan',
		words: ['nan'],
		filters: { kind: ['province'], region: ['north'], province: ['nan'] },
	},
	{
		id: 'bet-shop',
		words: ['bet', 'shop'],
		filters: { kind: ['product'], region: ['north'], province: ['nan'], category: ['crafts'] },
	},
];

describe('searchStep()', () => {
	test('a blank state shows nothing and does not load pagefind', async () => {
		const { engine } = fakePagefind(pages);
		const state = { query: '', filters: {} };
		expect(isBlank(state)).toBe(true);
		expect(await searchStep(engine, state, config)).toEqual({
			hits: [],
			highlight: '',
			status: '',
		});
		expect(engine).not.toHaveBeenCalled();
	});

	test('finds by query and counts the results', async () => {
		const { engine, calls } = fakePagefind(pages);
		const outcome = await searchStep(engine, { query: 'silverware', filters: {} }, config);
		expect(outcome.hits.map((h) => h.id)).toEqual(['nan-silverware']);
		expect(outcome.status).toBe('1 for silverware');
		expect(outcome.highlight).toBe('silverware');
		expect(calls).toEqual([{ query: 'silverware', filters: {} }]);
	});

	test('filters by ids, with or without a query', async () => {
		const { engine, calls } = fakePagefind(pages);
		const filters = { kind: 'product', region: 'north' } as const;
		const outcome = await searchStep(engine, { query: '', filters }, config);
		expect(calls).toEqual([{ query: null, filters }]);
		expect(outcome.hits.map((h) => h.id).sort()).toEqual(['bet-shop', 'nan-silverware']);
		expect(outcome.status).toBe('2 filtered');
		const narrowed = await searchStep(
			engine,
			{ query: 'nan', filters: { kind: 'province' } },
			config,
		);
		expect(narrowed.hits.map((h) => h.id)).toEqual(['nan']);
		expect(narrowed.status).toBe('1 for nan');
	});

	test('says nothing matches, with the query, when nothing does', async () => {
		const { engine } = fakePagefind(pages);
		const outcome = await searchStep(engine, { query: 'zzzz', filters: {} }, config);
		expect(outcome.hits).toEqual([]);
		expect(outcome.status).toBe('none for zzzz');
	});

	test('searches a misspelt word as the known word first, then as typed, without repeats', async () => {
		const { engine, calls } = fakePagefind(pages);
		const filters = { region: 'south' } as const;
		const outcome = await searchStep(engine, { query: 'betng', filters }, config);
		expect(calls).toEqual([
			{ query: 'betng', filters },
			{ query: 'betong', filters },
		]);
		expect(outcome.hits.map((h) => h.id)).toEqual(['betong-chicken']);
		expect(outcome.highlight).toBe('betong');
		expect(outcome.status).toBe('none for betng, showing betong');
	});

	test('keeps what the query as typed found after the corrected results, without repeats', async () => {
		const typo: FakePage[] = [
			{ id: 'menu', words: ['betng'], filters: {} },
			{ id: 'betong-chicken', words: ['betong', 'betng'], filters: {} },
		];
		const { engine } = fakePagefind(typo);
		const outcome = await searchStep(engine, { query: 'betng', filters: {} }, config);
		expect(outcome.hits.map((h) => h.id)).toEqual(['betong-chicken', 'menu']);
		expect(outcome.status).toBe('none for betng, showing betong');
	});

	test('splits a Thai query into words for the English index, not for the Thai one', async () => {
		const english = fakePagefind(pages);
		await searchStep(english.engine, { query: 'ไก่เบตง', filters: {} }, config);
		expect(english.calls[0]?.query).toBe('ไก่ เบตง');
		const thai = fakePagefind(pages);
		await searchStep(thai.engine, { query: 'ไก่เบตง', filters: {} }, { ...config, lang: 'th' });
		expect(thai.calls[0]?.query).toBe('ไก่เบตง');
	});
});

describe('resultView()', () => {
	const data = (overrides: Partial<PagefindResultData>): PagefindResultData => ({
		url: '/en/products/nan-silverware/',
		excerpt: 'Hand-beaten <mark>silver</mark> bowls',
		meta: {
			title: 'Nan Silverware',
			province: 'Nan',
			summary: 'Silver from Nan',
			image: '/a.webp',
		},
		filters: { kind: ['product'], region: ['north'], province: ['nan'] },
		...overrides,
	});

	test('a product names its kind and province in words, and keeps pagefind’s excerpt', () => {
		expect(resultView(data({}), config, 'silver')).toEqual({
			url: '/en/products/nan-silverware/',
			title: 'Nan Silverware',
			image: '/a.webp',
			meta: 'Products · Nan',
			excerpt: { html: 'Hand-beaten <mark>silver</mark> bowls' },
		});
	});

	test('a province names its region from the region id, and shows its summary marked', () => {
		const view = resultView(
			data({
				filters: { kind: ['province'], region: ['north'] },
				meta: { title: 'Nan', summary: 'Nan is quiet' },
			}),
			config,
			'nan',
		);
		expect(view.meta).toBe('Provinces · North');
		expect(view.excerpt).toEqual({
			summary: [
				{ text: 'Nan', marked: true },
				{ text: ' is quiet', marked: false },
			],
		});
	});

	test('an excerpt drawn from the hidden list of names gives way to the summary', () => {
		const view = resultView(
			data({ excerpt: `Nan${termsSeparator}<mark>Silver</mark>` }),
			config,
			'silver',
		);
		expect(view.excerpt).toEqual({
			summary: [
				{ text: 'Silver', marked: true },
				{ text: ' from Nan', marked: false },
			],
		});
	});

	test('an unknown kind id is left out rather than shown raw; a missing title falls back to the URL', () => {
		const view = resultView(data({ filters: { kind: ['recipe'] }, meta: {} }), config, '');
		expect(view.meta).toBe('');
		expect(view.title).toBe('/en/products/nan-silverware/');
	});
});

describe('loadResults()', () => {
	test(`loads ${pageSize} results at a time, from where the page is`, async () => {
		const many: FakePage[] = Array.from({ length: 25 }, (_, i) => ({
			id: `p${i}`,
			words: ['nan'],
			filters: { kind: ['product'] },
		}));
		const { engine } = fakePagefind(many);
		const { hits } = await searchStep(engine, { query: 'nan', filters: {} }, config);
		expect((await loadResults(hits, 0, config, 'nan')).map((r) => r.title)).toEqual(
			many.slice(0, pageSize).map((p) => p.id),
		);
		expect(await loadResults(hits, 20, config, 'nan')).toHaveLength(5);
		expect(await loadResults(hits, 25, config, 'nan')).toEqual([]);
	});
});
