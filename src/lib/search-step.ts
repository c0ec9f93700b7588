/**
 * One search, without the page: asks pagefind for a state (query and filters), corrects misspelt
 * words when it helps, and says what to show — the hits, the status line, and each result's
 * title, meta line and excerpt. `src/browser/search-page.ts` puts these on the page.
 */
import type { SearchConfig } from './search-config';
import type { SearchState } from './search-state';
import { highlightParts, type TextPart } from './highlight';
import { segmentThai, termsSeparator } from './search-terms';
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
	data(): Promise<PagefindResultData>;
}
/** The part of pagefind's API a search uses. */
export interface PagefindLike {
	search(
		query: string | null,
		options?: { filters?: Record<string, string> },
	): Promise<{ results: PagefindHit[] }>;
}

/** Results shown at once: each costs a small download, so the rest wait for "Show more". */
export const pageSize = 10;

export interface SearchOutcome {
	/** Every hit, best first. Empty for a blank state. */
	hits: PagefindHit[];
	/** The words to mark in summaries: the corrected query when there is one. */
	highlight: string;
	/** The status line; empty for a blank state. */
	status: string;
}

/** A state with neither query nor filter asks for nothing: the page shows its suggestions. */
export function isBlank(state: SearchState): boolean {
	return !state.query && Object.keys(state.filters).length === 0;
}

/**
 * Searches for `state`. pagefind is loaded through `engine` only when there is something to search.
 * pagefind has no typo tolerance and, failing a match, falls back to shorter prefixes. So a word
 * that is not a known name but is one or two keystrokes from one is searched as that name first;
 * the query as typed follows, so nothing it finds is lost.
 */
export async function searchStep(
	engine: () => Promise<PagefindLike>,
	state: SearchState,
	config: SearchConfig,
): Promise<SearchOutcome> {
	if (isBlank(state)) return { hits: [], highlight: '', status: '' };
	const pagefind = await engine();
	// Filter values are ids on both sides: in the URL and in the index.
	const filters: Record<string, string> = { ...state.filters };
	// The English index does not split Thai into words, so a Thai query is split here the same way.
	const asIndexed = (query: string) => (config.lang === 'th' ? query : segmentThai(query));
	const corrected = state.query ? correctSpelling(state.query, config.vocabulary) : undefined;
	let hits = (await pagefind.search(state.query ? asIndexed(state.query) : null, { filters }))
		.results;
	if (corrected) {
		const first = (await pagefind.search(asIndexed(corrected), { filters })).results;
		const seen = new Set(first.map((hit) => hit.id));
		hits = [...first, ...hits.filter((hit) => !seen.has(hit.id))];
	}
	return {
		hits,
		highlight: corrected ?? state.query,
		status: statusText(config.messages, state.query, hits.length, corrected),
	};
}

/** The status line: nothing found, corrected, or how many results for the query or the filters. */
function statusText(
	messages: SearchConfig['messages'],
	query: string,
	count: number,
	corrected: string | undefined,
): string {
	const fill = (template: string) =>
		template
			.replaceAll('{q}', query)
			.replaceAll('{n}', String(count))
			.replaceAll('{corrected}', corrected ?? '');
	if (count === 0) return fill(messages.noResults);
	if (corrected) return fill(messages.corrected);
	return fill(query ? messages.results : messages.filtered);
}

/** One result as the page shows it. */
export interface ResultView {
	url: string;
	title: string;
	/** A thumbnail, decorative: the title beside it names the item. */
	image?: string | undefined;
	/** What and where: "Products · Nan", or for a province, its region. */
	meta: string;
	/** The editor's summary with the query marked, or pagefind's excerpt (text with `<mark>`). */
	excerpt: { summary: TextPart[] } | { html: string };
}

/** Loads the next page of hits, from `shown` on, as the page shows them. */
export async function loadResults(
	hits: readonly PagefindHit[],
	shown: number,
	config: SearchConfig,
	highlight: string,
): Promise<ResultView[]> {
	const data = await Promise.all(hits.slice(shown, shown + pageSize).map((hit) => hit.data()));
	return data.map((result) => resultView(result, config, highlight));
}

/** How to show one result: the filters' ids become labels in the page's language. */
export function resultView(
	result: PagefindResultData,
	config: SearchConfig,
	highlight: string,
): ResultView {
	const kind = result.filters['kind']?.[0];
	const isProvince = kind === 'province';
	const region = result.filters['region']?.[0];
	// A province result names its region; a product or journey names its province.
	const where = isProvince ? region && config.labels.region[region] : result.meta['province'];
	// An excerpt of a province page, or of a page's hidden list of names, is a jumble of names:
	// the editor's summary, with the query marked, reads better.
	const useSummary = isProvince || result.excerpt.includes(termsSeparator.trim());
	return {
		url: result.url,
		title: result.meta['title'] ?? result.url,
		image: result.meta['image'],
		meta: [kind && config.labels.kind[kind], where].filter(Boolean).join(' · '),
		excerpt: useSummary
			? { summary: highlightParts(result.meta['summary'] ?? '', highlight) }
			: { html: result.excerpt },
	};
}
