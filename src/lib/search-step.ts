/**
 * One search, without the page: asks pagefind for a state (query and filters), corrects misspelt
 * words when it helps, and says what to show — the hits, the status line, and each result's
 * title, meta line and excerpt. `src/browser/search-page.ts` puts these on the page.
 */
import type { SearchConfig, SearchKind } from './search-config';
import type { SearchState } from './search-state';
import { highlightParts, type TextPart } from './highlight';
import { readableThai, wordsApartLanguages } from './search-feed';
import { nameHolds, segmentThai, termsSeparator } from './search-terms';
import { correctSpelling } from './spelling';

/** What pagefind gives for one result once loaded (the part read here). */
export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
}
export interface PagefindHit {
	id: string;
	/** Positions in the page of the words that matched, in order. */
	words?: number[] | undefined;
	/** The metadata fields the query matched (pagefind ≥ 1.5), before any result is loaded. */
	matchedMetaFields?: string[] | undefined;
	data(): Promise<PagefindResultData>;
}
/** The part of pagefind's API a search uses. */
export interface PagefindLike {
	search(
		query: string | null,
		options?: { filters?: Record<string, string> },
	): Promise<{ results: PagefindHit[] }>;
}

/**
 * Results shown as soon as a search is done: each costs a download of its own (2–3 KB), so the
 * rest come in batches of `pageSize` as the reader scrolls to them or asks for more. Two fill a
 * phone's screen and most of a laptop's.
 */
export const firstResults = 2;
/** Results added at a time after the first ones. */
export const pageSize = 6;

/**
 * The filter a province page without any story carries (src/components/SearchFields.astro), so a
 * search can rank it below the pages that have something to read.
 */
export const storylessFilter = { story: 'none' } as const;

/** Metadata fields that hold an item's names (src/components/SearchFields.astro writes `names`). */
const nameFields = ['title', 'names'] as const;

/**
 * Hits whose names pagefind says match are loaded to check them (`nameHolds()`), but only when
 * they are about to be shown, and then they are shown, so a check costs nothing extra unless it
 * fails. Past this many checks in one search, pagefind's word is taken.
 */
const namesChecked = 20;

/**
 * How well a hit answers the query: its name holds what was typed (title, other names, aliases);
 * only its text matches, or its name only loosely (pagefind finds "ทอง" for "ทอ"); it is a
 * province with no story yet.
 */
export type MatchRank = 'name' | 'text' | 'storyless';

/**
 * Where a hit goes, best first. A province with no story yet comes after the stories that match
 * the same way: after named stories when its own names hold the query (its name, or a registered
 * product of it that has no story: that page is then the only one about the product), and after
 * everything when only its text matches.
 */
function order(rank: MatchRank, nameMatched: boolean): number {
	if (rank === 'name') return 0;
	if (rank === 'storyless') return nameMatched ? 1 : 3;
	return 2;
}

export interface RankedHit {
	hit: PagefindHit;
	rank: MatchRank;
	/** Whether the name holds the query, even for a storyless province. */
	nameMatched: boolean;
	/** Whether the query's words stand side by side somewhere in the page, as typed. */
	together: boolean;
	/** The hit's data, loaded once however often it is asked for. */
	data: () => Promise<PagefindResultData>;
	/** Whether it is the first hit matched in its text only, after hits whose names matched. */
	startsWeaker: boolean;
}

/**
 * Whether some `count` matched positions follow one another: the query's words side by side
 * ("Chiang Mai"), not apart ("Ban Chiang … main gateway").
 */
export function wordsTogether(positions: readonly number[], count: number): boolean {
	return firstTogether(positions, count) !== Infinity;
}

/**
 * The first position at which `count` matched positions follow one another, or Infinity. A page's
 * names come first in what pagefind reads of it (src/components/SearchFields.astro, then the
 * title), so words together early are most likely its name.
 */
export function firstTogether(positions: readonly number[], count: number): number {
	const at = new Set(positions);
	const starts = positions.filter((start) =>
		Array.from({ length: Math.max(0, count - 1) }, (_, i) => start + i + 1).every((p) => at.has(p)),
	);
	return starts.length > 0 ? Math.min(...starts) : Infinity;
}

/** The hits of a search, put in order only as far as they are asked for. */
export interface RankedResults {
	/** How many hits there are in all. */
	readonly count: number;
	/**
	 * The next `n` hits in order (fewer at the end), loaded; loads nothing below them unless a name
	 * check fails. If a download fails, it throws and the hits stay to be asked for again. Not to be
	 * called again before the last call has settled.
	 */
	next(n: number): Promise<RankedHit[]>;
}

interface Candidate extends Omit<RankedHit, 'startsWeaker'> {
	/** Where pagefind put it, which decides between equals. */
	position: number;
	/** Where in the page the query's words first stand side by side (Infinity: nowhere). */
	togetherAt: number;
	/** pagefind says its name matches, and that is not checked yet. */
	unchecked: boolean;
}

/** Best first: by rank, then words side by side, the earlier in the page the better, then pagefind's order. */
const byRank = (a: Candidate, b: Candidate) =>
	order(a.rank, a.nameMatched) - order(b.rank, b.nameMatched) ||
	Math.min(a.togetherAt, 1e9) - Math.min(b.togetherAt, 1e9) ||
	a.position - b.position;

/**
 * Orders pagefind's hits by rank and, within a rank, puts pages with the query's words side by
 * side first; otherwise pagefind's order holds. `query` is what was searched for; with none
 * (filters only), every hit ranks by whether it has a story alone.
 *
 * A hit whose name pagefind says matches is ranked as if it did until it is about to be shown;
 * then its name is checked (which loads it, as showing it would) and, if the check fails, it
 * moves down among the text matches. A check only ever moves a hit down, so a hit that comes
 * first with its name checked is truly first, and no hit below what is shown need be loaded.
 */
export function rankHits(
	hits: readonly PagefindHit[],
	storyless: ReadonlySet<string>,
	query: string,
): RankedResults {
	let checksLeft = namesChecked;
	// Words as they were searched for: a run of Thai as its words, which both indexes keep apart
	// (src/lib/search-feed.ts; the English one has the Thai names word by word).
	const wordCount = segmentThai(query).split(/\s+/).filter(Boolean).length;
	const waiting: Candidate[] = hits
		.map((hit, position) => {
			let loaded: Promise<PagefindResultData> | undefined;
			const claimed = query !== '' && nameFields.some((f) => hit.matchedMetaFields?.includes(f));
			const rank: MatchRank = storyless.has(hit.id) ? 'storyless' : claimed ? 'name' : 'text';
			return {
				hit,
				rank,
				nameMatched: claimed,
				together: wordsTogether(hit.words ?? [], wordCount),
				// One word is "together" anywhere: pagefind's order holds among such hits.
				togetherAt:
					wordCount > 1
						? firstTogether(hit.words ?? [], wordCount)
						: (hit.words ?? []).length > 0
							? 0
							: Infinity,
				// Kept once loaded; forgotten if it failed, so that asking again downloads it again.
				data: () =>
					(loaded ??= hit.data().catch((error: unknown) => {
						loaded = undefined;
						throw error;
					})),
				position,
				unchecked: claimed,
			};
		})
		.sort(byRank);

	/**
	 * Checks the names of the unchecked among the first `n` waiting, all at once, and re-sorts. A
	 * check that could not load (the network) is left to do and the error thrown: nothing is lost,
	 * and asking again retries it.
	 */
	const checkNames = async (n: number) => {
		const due = waiting.slice(0, n).filter((c) => c.unchecked);
		const checked = due.slice(0, Math.max(0, checksLeft));
		// Past the limit, pagefind's word is taken.
		for (const candidate of due.slice(checked.length)) candidate.unchecked = false;
		checksLeft -= checked.length;
		const outcomes = await Promise.allSettled(
			checked.map(async (candidate) => {
				const { meta } = await candidate.data();
				candidate.unchecked = false;
				candidate.nameMatched = nameFields.some((f) => nameHolds(meta[f] ?? '', query));
				if (!candidate.nameMatched && candidate.rank === 'name') candidate.rank = 'text';
			}),
		);
		waiting.sort(byRank);
		const failed = outcomes.filter((o) => o.status === 'rejected');
		checksLeft += failed.length;
		if (failed[0]) throw failed[0].reason;
	};

	return markWeaker({
		count: hits.length,
		async next(n) {
			// Until the first `n` waiting are all checked: a check that fails brings one up from
			// below. Each round checks twice as far down, so many failed claims cost few round trips.
			for (let depth = n; waiting.slice(0, n).some((c) => c.unchecked); depth *= 2) {
				try {
					await checkNames(depth);
				} catch (error) {
					// Only a check the first `n` still wait for stops them.
					if (waiting.slice(0, n).some((c) => c.unchecked)) throw error;
				}
			}
			// Loaded before they leave the queue, so that a failed download loses none of them.
			const loads = await Promise.allSettled(waiting.slice(0, n).map((c) => c.data()));
			const failed = loads.find((o) => o.status === 'rejected');
			if (failed) throw failed.reason;
			return waiting
				.splice(0, n)
				.map(({ position: _p, unchecked: _u, togetherAt: _t, ...ranked }) => ({
					...ranked,
					startsWeaker: false,
				}));
		},
	});
}

/** Marks the first hit matched in its text only that follows one whose name matched. */
function markWeaker(results: RankedResults): RankedResults {
	let lastNamed = false;
	return {
		count: results.count,
		async next(n) {
			return (await results.next(n)).map((ranked) => {
				const startsWeaker = !ranked.nameMatched && lastNamed;
				lastNamed = ranked.nameMatched;
				return { ...ranked, startsWeaker };
			});
		},
	};
}

/** One list after the other, as one. */
function joinResults(first: RankedResults, then: RankedResults): RankedResults {
	// What `first` gave to a call whose `then` part failed, kept for the next call.
	let carried: RankedHit[] = [];
	return markWeaker({
		count: first.count + then.count,
		async next(n) {
			if (carried.length < n) carried = [...carried, ...(await first.next(n - carried.length))];
			const tail = carried.length < n ? await then.next(n - carried.length) : [];
			return [...carried.splice(0, n), ...tail];
		},
	});
}

/** No hits. */
const noResults: RankedResults = { count: 0, next: async () => [] };

export interface SearchOutcome {
	/** Every hit, best first, loaded as they are asked for. None for a blank state. */
	results: RankedResults;
	/** The words to mark in summaries: the corrected query when there is one. */
	highlight: string;
	/** The status line; empty for a blank state. */
	status: string;
}

/**
 * pagefind, with the titles and excerpts of an index made words apart (src/lib/search-feed.ts)
 * given back as the language writes them; any other index as it is. The rest of the metadata
 * comes from attributes, which the feed leaves as they are.
 */
export function readableResults(pagefind: PagefindLike, lang: string): PagefindLike {
	if (!wordsApartLanguages.includes(lang)) return pagefind;
	const readable = (data: PagefindResultData): PagefindResultData => ({
		...data,
		excerpt: readableThai(data.excerpt),
		meta: {
			...data.meta,
			...(data.meta['title'] === undefined ? {} : { title: readableThai(data.meta['title']) }),
		},
	});
	return {
		search: async (query, options) => {
			const { results } = await pagefind.search(query, options);
			return {
				results: results.map((hit) => ({ ...hit, data: async () => readable(await hit.data()) })),
			};
		},
	};
}

/** A state with neither query nor filter asks for nothing: the page shows its suggestions. */
export function isBlank(state: SearchState): boolean {
	return !state.query && Object.keys(state.filters).length === 0;
}

/**
 * Searches for `state`. pagefind is loaded through `engine` only when there is something to search.
 * pagefind has no typo tolerance and, failing a match, falls back to shorter prefixes. So a query
 * that is not made of known words but is close to a known name, or known words run together, is
 * searched as that first; the query as typed follows, so nothing it finds is lost. Each list is
 * ranked by `rankHits()`.
 */
export async function searchStep(
	engine: () => Promise<PagefindLike>,
	state: SearchState,
	config: SearchConfig,
): Promise<SearchOutcome> {
	if (isBlank(state)) return { results: noResults, highlight: '', status: '' };
	const pagefind = readableResults(await engine(), config.lang);
	// Filter values are ids on both sides: in the URL and in the index.
	const filters: Record<string, string> = { ...state.filters };
	// The English index does not split Thai into words, so a Thai query is split here the same way;
	// on a Thai page pagefind splits it itself (src/lib/search-feed.ts).
	const asIndexed = (query: string) => (config.lang === 'th' ? query : segmentThai(query));
	const corrected = state.query ? correctSpelling(state.query, config.vocabulary) : undefined;
	// Every storyless page at once: one filter, no words, so no word of the index is downloaded.
	const [typed, storyless] = await Promise.all([
		pagefind.search(state.query ? asIndexed(state.query) : null, { filters }),
		pagefind.search(null, { filters: storylessFilter }),
	]);
	const storylessIds = new Set(storyless.results.map((hit) => hit.id));
	if (!corrected) {
		const results = rankHits(typed.results, storylessIds, state.query);
		return {
			results,
			highlight: state.query,
			status: statusText(config, state.query, results.count),
		};
	}
	const first = (await pagefind.search(asIndexed(corrected), { filters })).results;
	const seen = new Set(first.map((hit) => hit.id));
	// What only the query as typed found follows, unchecked: its names hold no known word anyway.
	const rest = typed.results.filter((hit) => !seen.has(hit.id));
	const results = joinResults(
		rankHits(first, storylessIds, corrected),
		rankHits(rest, storylessIds, ''),
	);
	return {
		results,
		highlight: corrected,
		status: statusText(config, state.query, results.count, corrected),
	};
}

/**
 * The status line: nothing found, corrected, or how many results for the query or the filters,
 * in the plural form the page's language uses for that number.
 */
export function statusText(
	config: Pick<SearchConfig, 'lang' | 'messages'>,
	query: string,
	count: number,
	corrected?: string,
): string {
	const { messages } = config;
	const fill = (template: string) =>
		template
			.replaceAll('{q}', query)
			.replaceAll('{n}', String(count))
			.replaceAll('{corrected}', corrected ?? '');
	if (count === 0) return fill(messages.noResults);
	if (corrected) return fill(messages.corrected);
	const forms = query ? messages.results : messages.filtered;
	return fill(forms[new Intl.PluralRules(config.lang).select(count)] ?? forms.other);
}

/** One result as the page shows it. */
export interface ResultView {
	url: string;
	title: string;
	/** A thumbnail, decorative: the title beside it names the item. */
	image?: string | undefined;
	/** What and where: "Product · Nan", or for a province, its region (and "no story yet"). */
	meta: string;
	/** Why it was found: its name matches, or its text; empty when there was no query. */
	reason: string;
	/** Heads the first result that matches only in its text, after results whose names match. */
	weakerNote?: string | undefined;
	/** The editor's summary with the query marked, or pagefind's excerpt (text with `<mark>`). */
	excerpt: { summary: TextPart[] } | { html: string };
}

/** Loads the next `n` results, as the page shows them. */
export async function loadResults(
	results: RankedResults,
	n: number,
	config: SearchConfig,
	highlight: string,
): Promise<ResultView[]> {
	const page = await results.next(n);
	const data = await Promise.all(page.map((ranked) => ranked.data()));
	return data.map((result, i) => resultView(result, config, highlight, page[i]!));
}

/** How to show one result: the filters' ids become labels in the page's language. */
export function resultView(
	result: PagefindResultData,
	config: SearchConfig,
	highlight: string,
	ranked: Pick<RankedHit, 'rank' | 'nameMatched' | 'startsWeaker'>,
): ResultView {
	const kind = result.filters['kind']?.[0];
	const isProvince = kind === 'province';
	const region = result.filters['region']?.[0];
	// A province result names its region; a product or journey names its province.
	const where = isProvince ? region && config.labels.region[region] : result.meta['province'];
	const kindName = kind && kind in config.kindNames && config.kindNames[kind as SearchKind];
	const storyless = ranked.rank === 'storyless' && config.messages.noStoryYet;
	// An excerpt of a province page, or of a page's hidden list of names, is a jumble of names:
	// the editor's summary, with the query marked, reads better.
	const useSummary = isProvince || result.excerpt.includes(termsSeparator.trim());
	return {
		url: result.url,
		title: result.meta['title'] ?? result.url,
		image: result.meta['image'],
		meta: [kindName, where, storyless].filter(Boolean).join(' · '),
		reason: !highlight
			? ''
			: ranked.nameMatched
				? config.messages.matchedName
				: config.messages.matchedText,
		weakerNote: ranked.startsWeaker ? config.messages.weaker : undefined,
		excerpt: useSummary
			? { summary: highlightParts(result.meta['summary'] ?? '', highlight) }
			: { html: result.excerpt },
	};
}
