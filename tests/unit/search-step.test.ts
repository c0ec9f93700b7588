import { describe, expect, test, vi } from 'vitest';
import type { SearchConfig } from '../../src/lib/search-config';
import {
	isBlank,
	loadResults,
	rankHits,
	resultView,
	searchStep,
	statusText,
	storylessFilter,
	wordsTogether,
	type PagefindHit,
	type PagefindLike,
	type PagefindResultData,
	type RankedResults,
} from '../../src/lib/search-step';
import { termsSeparator } from '../../src/lib/search-terms';

/**
 * A page in the fake index: the words it is found by (`names`: those of its name, found by pagefind
 * in its metadata), and its filters (ids, as pages give them).
 */
interface FakePage {
	id: string;
	words: string[];
	names?: string[];
	filters: Record<string, string[]>;
	meta?: Record<string, string>;
	excerpt?: string;
	/** Its first download fails, as on a bad connection. */
	failsOnce?: boolean;
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
			// The look-up of storyless pages is the same for every search: only the others are kept.
			if (filters !== storylessFilter) calls.push({ query, filters });
			const words = query?.toLowerCase().split(' ') ?? [];
			const matches = (pageWords: string[] = []) =>
				words.length > 0 && words.every((w) => pageWords.some((pw) => pw.startsWith(w)));
			const found = pages.filter(
				(page) =>
					words.every((w) => page.words.some((pw) => pw.startsWith(w))) &&
					Object.entries(filters).every(([name, value]) => page.filters[name]?.includes(value)),
			);
			return {
				results: found.map((page) => ({
					id: page.id,
					matchedMetaFields: matches(page.names) ? ['title'] : undefined,
					data: async () => {
						if (page.failsOnce) {
							page.failsOnce = false;
							throw new Error('offline');
						}
						return {
							url: `/en/${page.id}/`,
							excerpt: page.excerpt ?? page.words.join(' '),
							meta: {
								title: page.id,
								...(page.names ? { names: page.names.join(' ') } : {}),
								...page.meta,
							},
							filters: page.filters,
						};
					},
				})),
			};
		},
	};
	return { pagefind, calls, engine: vi.fn(async () => pagefind) };
}

/** Every hit of a search, in order. */
const all = (results: RankedResults) => results.next(Infinity);

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
	kindNames: { product: 'Product', itinerary: 'Journey', province: 'Province' },
	messages: {
		noResults: 'none for {q}',
		results: { one: 'one for {q}', other: '{n} for {q}' },
		filtered: { one: 'one filtered', other: '{n} filtered' },
		corrected: 'none for {q}, showing {corrected}',
		loading: 'loading',
		failed: 'failed',
		matchedName: 'name',
		matchedText: 'text',
		weaker: 'weaker below',
		noStoryYet: 'no story',
	},
	vocabulary: {
		names: ['chiang mai', 'kai betong', 'nan'],
		words: ['betong', 'chicken', 'silverware', 'nan', 'chiang', 'mai', 'chiangda', 'kai'],
	},
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
		const outcome = await searchStep(engine, state, config);
		expect([outcome.results.count, outcome.highlight, outcome.status]).toEqual([0, '', '']);
		expect(await all(outcome.results)).toEqual([]);
		expect(engine).not.toHaveBeenCalled();
	});

	test('finds by query and counts the results', async () => {
		const { engine, calls } = fakePagefind(pages);
		const outcome = await searchStep(engine, { query: 'silverware', filters: {} }, config);
		expect((await all(outcome.results)).map((h) => h.hit.id)).toEqual(['nan-silverware']);
		expect(outcome.status).toBe('one for silverware');
		expect(outcome.highlight).toBe('silverware');
		expect(calls).toEqual([{ query: 'silverware', filters: {} }]);
	});

	test('filters by ids, with or without a query', async () => {
		const { engine, calls } = fakePagefind(pages);
		const filters = { kind: 'product', region: 'north' } as const;
		const outcome = await searchStep(engine, { query: '', filters }, config);
		expect(calls).toEqual([{ query: null, filters }]);
		expect((await all(outcome.results)).map((h) => h.hit.id).sort()).toEqual([
			'bet-shop',
			'nan-silverware',
		]);
		expect(outcome.status).toBe('2 filtered');
		const narrowed = await searchStep(
			engine,
			{ query: 'nan', filters: { kind: 'province' } },
			config,
		);
		expect((await all(narrowed.results)).map((h) => h.hit.id)).toEqual(['nan']);
		expect(narrowed.status).toBe('one for nan');
	});

	test('says nothing matches, with the query, when nothing does', async () => {
		const { engine } = fakePagefind(pages);
		const outcome = await searchStep(engine, { query: 'zzzz', filters: {} }, config);
		expect(outcome.results.count).toBe(0);
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
		expect((await all(outcome.results)).map((h) => h.hit.id)).toEqual(['betong-chicken']);
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
		expect((await all(outcome.results)).map((h) => h.hit.id)).toEqual(['betong-chicken', 'menu']);
		expect(outcome.status).toBe('none for betng, showing betong');
	});

	test('searches a run-together name with its spaces: "chiangmai" as "chiang mai", not "chiangda"', async () => {
		const places: FakePage[] = [
			{ id: 'tea', words: ['chiangda', 'tea'], names: ['chiangda'], filters: {} },
			{ id: 'chiang-mai', words: ['chiang', 'mai'], names: ['chiang', 'mai'], filters: {} },
		];
		const { engine, calls } = fakePagefind(places);
		const outcome = await searchStep(engine, { query: 'chiangmai', filters: {} }, config);
		expect(calls.map((c) => c.query)).toEqual(['chiangmai', 'chiang mai']);
		expect((await all(outcome.results)).map((h) => h.hit.id)).toEqual(['chiang-mai']);
		expect(outcome.status).toBe('none for chiangmai, showing chiang mai');
	});

	test('ranks a province with no story after the stories that match the same way', async () => {
		const ranked: FakePage[] = [
			{ id: 'empty-province', words: ['cloth'], names: ['cloth'], filters: { story: ['none'] } },
			{ id: 'empty-mention', words: ['cloth'], filters: { story: ['none'] } },
			{ id: 'mentions', words: ['cloth'], filters: {} },
			{ id: 'cloth', words: ['cloth'], names: ['cloth'], filters: {} },
		];
		const { engine } = fakePagefind(ranked);
		const outcome = await searchStep(engine, { query: 'cloth', filters: {} }, config);
		expect((await all(outcome.results)).map((h) => [h.hit.id, h.rank])).toEqual([
			['cloth', 'name'],
			['empty-province', 'storyless'],
			['mentions', 'text'],
			['empty-mention', 'storyless'],
		]);
		expect(outcome.status).toBe('4 for cloth');
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

	const byName = { rank: 'name', nameMatched: true, startsWeaker: false } as const;
	const byText = { rank: 'text', nameMatched: false, startsWeaker: false } as const;

	test('a product names its kind and province in words, why it matched, and keeps pagefind’s excerpt', () => {
		expect(resultView(data({}), config, 'silver', byName)).toEqual({
			url: '/en/products/nan-silverware/',
			title: 'Nan Silverware',
			image: '/a.webp',
			meta: 'Product · Nan',
			reason: 'name',
			weakerNote: undefined,
			excerpt: { html: 'Hand-beaten <mark>silver</mark> bowls' },
		});
		expect(resultView(data({}), config, 'silver', byText).reason).toBe('text');
	});

	test('the first result matched only by its text carries the note that heads the weaker ones', () => {
		const view = resultView(data({}), config, 'silver', { ...byText, startsWeaker: true });
		expect(view.weakerNote).toBe('weaker below');
	});

	test('a province without a story says so in its meta line', () => {
		const view = resultView(
			data({ filters: { kind: ['province'], region: ['north'] }, meta: { title: 'Nan' } }),
			config,
			'nan',
			{ rank: 'storyless', nameMatched: true, startsWeaker: false },
		);
		expect(view.meta).toBe('Province · North · no story');
		expect(view.reason).toBe('name');
	});

	test('a province names its region from the region id, and shows its summary marked', () => {
		const view = resultView(
			data({
				filters: { kind: ['province'], region: ['north'] },
				meta: { title: 'Nan', summary: 'Nan is quiet' },
			}),
			config,
			'nan',
			byName,
		);
		expect(view.meta).toBe('Province · North');
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
			byName,
		);
		expect(view.excerpt).toEqual({
			summary: [
				{ text: 'Silver', marked: true },
				{ text: ' from Nan', marked: false },
			],
		});
	});

	test('an unknown kind id is left out rather than shown raw; a missing title falls back to the URL', () => {
		const view = resultView(data({ filters: { kind: ['recipe'] }, meta: {} }), config, '', byText);
		expect(view.meta).toBe('');
		expect(view.title).toBe('/en/products/nan-silverware/');
	});
});

describe('loadResults()', () => {
	test('loads as many results as asked, each time from where the page is', async () => {
		const many: FakePage[] = Array.from({ length: 25 }, (_, i) => ({
			id: `p${i}`,
			words: ['nan'],
			filters: { kind: ['product'] },
		}));
		const { engine } = fakePagefind(many);
		const { results } = await searchStep(engine, { query: 'nan', filters: {} }, config);
		const titles = async (n: number) =>
			(await loadResults(results, n, config, 'nan')).map((r) => r.title);
		expect(await titles(2)).toEqual(['p0', 'p1']);
		expect(await titles(20)).toEqual(many.slice(2, 22).map((p) => p.id));
		expect(await titles(6)).toEqual(['p22', 'p23', 'p24']);
		expect(await titles(6)).toEqual([]);
	});

	test('heads only the first text match after the name matches, in whichever batch it falls', async () => {
		const many: FakePage[] = Array.from({ length: 15 }, (_, i) => ({
			id: `p${i}`,
			words: ['nan'],
			names: i < 12 ? ['nan'] : [],
			filters: { kind: ['product'] },
		}));
		const { engine } = fakePagefind(many);
		const { results } = await searchStep(engine, { query: 'nan', filters: {} }, config);
		const notes = async (n: number) =>
			(await loadResults(results, n, config, 'nan')).map((r) => r.weakerNote);
		expect(await notes(12)).toEqual(Array(12).fill(undefined));
		expect(await notes(6)).toEqual(['weaker below', undefined, undefined]);
	});

	test('a download that fails where the corrected and typed lists meet loses no result', async () => {
		const typo: FakePage[] = [
			{ id: 'menu', words: ['betng'], filters: {}, failsOnce: true },
			{ id: 'betong', words: ['betong', 'betng'], names: ['betong'], filters: {} },
		];
		const { engine } = fakePagefind(typo);
		const { results } = await searchStep(engine, { query: 'betng', filters: {} }, config);
		await expect(loadResults(results, 2, config, 'betong')).rejects.toThrow('offline');
		expect((await loadResults(results, 2, config, 'betong')).map((r) => r.title)).toEqual([
			'betong',
			'menu',
		]);
	});

	test('marks the first text match after a corrected name match, where the two lists meet', async () => {
		const typo: FakePage[] = [
			{ id: 'menu', words: ['betng'], filters: {} },
			{ id: 'betong', words: ['betong', 'betng'], names: ['betong'], filters: {} },
		];
		const { engine } = fakePagefind(typo);
		const { results } = await searchStep(engine, { query: 'betng', filters: {} }, config);
		expect(await loadResults(results, 1, config, 'betong')).toMatchObject([
			{ title: 'betong', weakerNote: undefined },
		]);
		expect(await loadResults(results, 1, config, 'betong')).toMatchObject([
			{ title: 'menu', weakerNote: 'weaker below' },
		]);
	});
});

describe('rankHits()', () => {
	const hit = (id: string, matchedMetaFields?: string[], names = ''): PagefindHit => ({
		id,
		matchedMetaFields,
		data: vi.fn(async () => ({ url: id, excerpt: '', meta: { title: id, names }, filters: {} })),
	});

	test('a title or another name holding the query comes first; pagefind’s order holds within a rank', async () => {
		const ranked = await all(
			rankHits(
				[
					hit('a'),
					hit('b', ['summary']),
					hit('c', ['names'], 'Hand-woven cloth'),
					hit('woven', ['title', 'summary']),
				],
				new Set(),
				'woven',
			),
		);
		expect(ranked.map((r) => [r.hit.id, r.rank])).toEqual([
			['c', 'name'],
			['woven', 'name'],
			['a', 'text'],
			['b', 'text'],
		]);
	});

	test('a name pagefind only loosely matched ranks with the text matches: "ทอ" is not in "ทอง"', async () => {
		const banana = hit('banana', ['names'], 'กล้วยหอมทอง กล้วย หอม ทอง');
		const cloth = hit('cloth', ['title', 'names'], 'ผ้าทอน่าน ผ้า ทอ น่าน');
		const ranked = await all(rankHits([banana, cloth], new Set(), 'ผ้าทอ'));
		expect(ranked.map((r) => [r.hit.id, r.rank])).toEqual([
			['cloth', 'name'],
			['banana', 'text'],
		]);
	});

	test('within a rank, pages with the words side by side come first', async () => {
		const apart = { ...hit('apart'), words: [17, 28] };
		const together = { ...hit('together'), words: [45, 218, 219] };
		const ranked = await all(rankHits([apart, together], new Set(), 'chiang mai'));
		expect(ranked.map((r) => [r.hit.id, r.rank, r.together])).toEqual([
			['together', 'text', true],
			['apart', 'text', false],
		]);
	});

	test('within a rank, words side by side earlier in the page come first (names come first)', async () => {
		const late = { ...hit('late'), words: [300, 301] };
		const early = { ...hit('early'), words: [12, 13, 400] };
		const ranked = await all(rankHits([late, early], new Set(), 'chiang mai'));
		expect(ranked.map((r) => r.hit.id)).toEqual(['early', 'late']);
	});

	test('a Thai run counts as its words: side by side when its words are', async () => {
		const apart = { ...hit('apart'), words: [3, 9] };
		const together = { ...hit('together'), words: [40, 41] };
		const ranked = await all(rankHits([apart, together], new Set(), 'ผ้าทอ'));
		expect(ranked.map((r) => [r.hit.id, r.together])).toEqual([
			['together', true],
			['apart', false],
		]);
	});

	test('for one word, where it stands does not matter: pagefind’s order holds', async () => {
		const late = { ...hit('late'), words: [300] };
		const early = { ...hit('early'), words: [2] };
		const ranked = await all(rankHits([late, early], new Set(), 'silver'));
		expect(ranked.map((r) => r.hit.id)).toEqual(['late', 'early']);
	});

	test('a storyless page whose name matches comes after named stories, before text matches', async () => {
		const ranked = await all(
			rankHits(
				[hit('empty', ['names'], 'cloth'), hit('text'), hit('named', ['names'], 'cloth')],
				new Set(['empty']),
				'cloth',
			),
		);
		expect(ranked.map((r) => [r.hit.id, r.rank, r.nameMatched])).toEqual([
			['named', 'name', true],
			['empty', 'storyless', true],
			['text', 'text', false],
		]);
	});

	test('a storyless page that matches only in its text comes last', async () => {
		const ranked = await all(rankHits([hit('empty'), hit('story')], new Set(['empty']), 'empty'));
		expect(ranked.map((r) => [r.hit.id, r.rank, r.nameMatched])).toEqual([
			['story', 'text', false],
			['empty', 'storyless', false],
		]);
	});

	test('loads each hit at most once: to check its name, and to show it', async () => {
		const hits = [hit('x', ['title']), hit('y')];
		const ranked = await all(rankHits(hits, new Set(), 'x'));
		await Promise.all(ranked.map((r) => r.data()));
		expect(hits[0]!.data).toHaveBeenCalledTimes(1);
		expect(hits[1]!.data).toHaveBeenCalledTimes(1);
	});

	test('without a query, no name is checked: only the hits asked for are loaded', async () => {
		const unchecked = hit('z', ['title']);
		const shown = hit('w');
		expect((await rankHits([shown, unchecked], new Set(), '').next(1))[0]?.hit.id).toBe('w');
		expect(unchecked.data).not.toHaveBeenCalled();
		expect(shown.data).toHaveBeenCalledTimes(1);
	});

	test('a hit that fails to download is not lost: asking again downloads it again, in the same order', async () => {
		const flaky = (id: string, claimed?: string[], names = '') => {
			const h = hit(id, claimed, names);
			vi.mocked(h.data).mockRejectedValueOnce(new Error('offline'));
			return h;
		};
		// A name check that fails, and a plain hit to be shown that fails.
		const claimed = flaky('cloth', ['title'], 'Cloth');
		const plain = flaky('plain');
		const results = rankHits([plain, hit('other'), claimed], new Set(), 'cloth');
		await expect(results.next(1)).rejects.toThrow('offline');
		expect((await results.next(1)).map((r) => r.hit.id)).toEqual(['cloth']);
		await expect(results.next(2)).rejects.toThrow('offline');
		expect((await results.next(2)).map((r) => r.hit.id)).toEqual(['plain', 'other']);
		expect(claimed.data).toHaveBeenCalledTimes(2);
		expect(plain.data).toHaveBeenCalledTimes(2);
	});

	test('a check that fails to download below the hits asked for does not hold them back', async () => {
		const flaky = hit('flaky', ['title'], 'Go leaf');
		vi.mocked(flaky.data).mockRejectedValueOnce(new Error('offline'));
		const results = rankHits(
			[
				hit('loose', ['title'], 'Gold'),
				hit('a', ['title'], 'Go leaf'),
				hit('b', ['title'], 'Go leaf'),
				flaky,
			],
			new Set(),
			'go leaf',
		);
		// Checking a and loose leaves b unchecked, so the next round checks b and flaky, which fails.
		expect((await results.next(2)).map((r) => r.hit.id)).toEqual(['a', 'b']);
		expect((await results.next(2)).map((r) => [r.hit.id, r.rank])).toEqual([
			['flaky', 'name'],
			['loose', 'text'],
		]);
	});

	test('when many claimed names fail, each round checks twice as far down', async () => {
		// Ten claims that fail ("go leaf" is not in the name "Gold"), then one that holds.
		const loose = Array.from({ length: 10 }, (_, i) => hit(`loose${i}`, ['title'], 'Gold'));
		const held = hit('go', ['title'], 'Go leaf');
		// A round trip: downloads started together, the next round only after they have all come.
		let inFlight = 0;
		let roundTrips = 0;
		for (const h of [...loose, held]) {
			const load = vi.mocked(h.data).getMockImplementation()!;
			vi.mocked(h.data).mockImplementation(async () => {
				if (inFlight++ === 0) roundTrips++;
				await new Promise((resolve) => setTimeout(resolve, 1));
				inFlight--;
				return load();
			});
		}
		const first = await rankHits([...loose, held], new Set(), 'go leaf').next(1);
		expect(first.map((r) => r.hit.id)).toEqual(['go']);
		// Checks 1, 2, 4, then the last 4: four round trips, not eleven.
		expect(roundTrips).toBe(4);
	});

	test('loads no hit below what is asked for when the names it checks hold', async () => {
		const hits = Array.from({ length: 30 }, (_, i) => hit(`cloth${i}`, ['title'], 'Cloth'));
		const ranked = await rankHits(hits, new Set(), 'cloth').next(2);
		expect(ranked.map((r) => r.hit.id)).toEqual(['cloth0', 'cloth1']);
		expect(hits.filter((h) => vi.mocked(h.data).mock.calls.length > 0)).toHaveLength(2);
	});

	test('a name that fails its check moves down, and the next claimed name is checked in its place', async () => {
		const banana = hit('banana', ['names'], 'กล้วยหอมทอง');
		const cloth = hit('cloth', ['title'], 'ผ้าทอน่าน');
		const text = hit('text');
		const results = rankHits([banana, text, cloth], new Set(), 'ผ้าทอ');
		expect((await results.next(1)).map((r) => [r.hit.id, r.rank])).toEqual([['cloth', 'name']]);
		expect(text.data).not.toHaveBeenCalled();
		expect((await results.next(5)).map((r) => [r.hit.id, r.rank])).toEqual([
			['banana', 'text'],
			['text', 'text'],
		]);
	});

	test('hits asked for a few at a time come in the same order as all at once', async () => {
		// Seeded, so a failure can be replayed: claims that hold and fail, storyless pages, words together.
		let seed = 7;
		const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		for (let round = 0; round < 20; round++) {
			const make = () =>
				Array.from({ length: 25 }, (_, i) => {
					const r = random();
					const claimed = r < 0.6 ? ['title'] : undefined;
					return {
						...hit(`h${i}`, claimed, r < 0.35 ? 'silver' : 'silk'),
						words: r > 0.5 ? [4, 5] : [4, 9],
					};
				});
			const saved = seed;
			const hits = make();
			seed = saved;
			const same = make();
			const storyless = new Set(hits.filter((_, i) => i % 7 === 3).map((h) => h.id));
			const whole = (await all(rankHits(hits, storyless, 'silver ware'))).map((r) => r.hit.id);
			const results = rankHits(same, storyless, 'silver ware');
			const batched: string[] = [];
			for (const n of [2, 6, 1, 6, 6, 6])
				batched.push(...(await results.next(n)).map((r) => r.hit.id));
			expect(batched, `round ${round}`).toEqual(whole);
		}
	});

	test('checks at most 20 names in one search, then takes pagefind at its word', async () => {
		const hits = Array.from({ length: 30 }, (_, i) => hit(`loose${i}`, ['title'], 'Gold'));
		const results = rankHits(hits, new Set(), 'go leaf');
		const first = await results.next(1);
		// 20 checks that fail, and the first of the 10 taken at pagefind's word, to be shown.
		expect(hits.filter((h) => vi.mocked(h.data).mock.calls.length > 0)).toHaveLength(21);
		const ranked = [...first, ...(await all(results))];
		expect(ranked.filter((r) => r.rank === 'name')).toHaveLength(10);
	});
});

describe('wordsTogether()', () => {
	test('finds as many positions in a row as the query has words', () => {
		expect(wordsTogether([3, 9, 10, 11], 3)).toBe(true);
		expect(wordsTogether([3, 9, 11], 2)).toBe(false);
		expect(wordsTogether([5], 1)).toBe(true);
		expect(wordsTogether([], 1)).toBe(false);
	});
});

describe('statusText()', () => {
	test('uses the plural form of the page’s language for the count', () => {
		expect(statusText(config, 'tea', 1)).toBe('one for tea');
		expect(statusText(config, 'tea', 2)).toBe('2 for tea');
		expect(statusText(config, '', 1)).toBe('one filtered');
		// Thai has one form for every number: `other`.
		expect(statusText({ ...config, lang: 'th' }, 'ชา', 1)).toBe('1 for ชา');
	});
});
