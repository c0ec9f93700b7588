/** The filters the search page offers; each is a key in the URL and a pagefind filter name. */
export const searchFilterNames = ['kind', 'region', 'category', 'province'] as const;

export type SearchFilterName = (typeof searchFilterNames)[number];

/** What the search page shows: a query and the chosen filters, all as they appear in the URL. */
export interface SearchState {
	query: string;
	filters: Partial<Record<SearchFilterName, string>>;
}

/** Longest query kept: enough for any name, short enough that a pasted essay cannot slow the page. */
export const maxQueryLength = 100;

/**
 * Tidies what a reader typed: no leading or trailing space, single spaces, at most 100 characters.
 * @example normalizeQuery('  ไก่   เบตง ') // => 'ไก่ เบตง'
 */
export function normalizeQuery(raw: string): string {
	return [...raw.replace(/\s+/g, ' ').trim()].slice(0, maxQueryLength).join('').trim();
}

/**
 * Reads `?q=` and the filters from a URL's search params, ignoring filter values that are not offered.
 * @example readSearchState(new URLSearchParams('q=silver&region=north'), { region: ['north'] }) // => { query: 'silver', filters: { region: 'north' } }
 */
export function readSearchState(
	params: URLSearchParams,
	offered: Partial<Record<SearchFilterName, readonly string[]>>,
): SearchState {
	const filters: SearchState['filters'] = {};
	for (const name of searchFilterNames) {
		const value = params.get(name);
		if (value && offered[name]?.includes(value)) filters[name] = value;
	}
	return { query: normalizeQuery(params.get('q') ?? ''), filters };
}

/** The URL search string for a state, without empty values: `?q=silver&region=north`, or `''`. */
export function searchString(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	for (const name of searchFilterNames) {
		const value = state.filters[name];
		if (value) params.set(name, value);
	}
	const text = params.toString();
	return text ? `?${text}` : '';
}

/**
 * The language switch's link for a search: the other language's search page (the link as built,
 * without any search string) with the same query and filters, which are ids in both languages.
 * @example withSearchState('/th/search/', { query: 'silver', filters: { region: 'north' } }) // => '/th/search/?q=silver&region=north'
 */
export function withSearchState(href: string, state: SearchState): string {
	return `${href.split(/[?#]/)[0]}${searchString(state)}`;
}
