import { localeCodes, locales, type Locale } from '../i18n/locales';
import { useTranslations, type Translate } from '../i18n/translations';
import type { Category } from '../schemas/category';
import type { Province } from '../schemas/province';
import { regions } from '../schemas/region';
import { storyFor, type Item } from './catalog';
import { searchFilterNames, type SearchFilterName } from './search-state';
import { searchVocabulary } from './search-terms';
import type { SpellingVocabulary } from './spelling';

/** What a result is; the `kind` filter's values, as pages give them to pagefind. */
export const searchKinds = ['product', 'itinerary', 'province'] as const;
export type SearchKind = (typeof searchKinds)[number];

const kindLabelKeys = {
	product: 'nav.products',
	itinerary: 'nav.itineraries',
	province: 'nav.provinces',
} as const satisfies Record<SearchKind, string>;

/** One choice of a filter: `value` is the id in the URL and in the index, `label` what readers see. */
export interface SearchOption {
	value: string;
	label: string;
}

export type SearchOptions = Record<SearchFilterName, SearchOption[]>;

/**
 * What the search page's script needs, written into the page as JSON. Filters are ids
 * everywhere (URL, index); `labels` turns an id back into words for the reader.
 */
export interface SearchConfig {
	lang: string;
	/** URL of pagefind's script. */
	pagefind: string;
	/** The site's base path, so result links work under /<repository>/. */
	basePath: string;
	/** Filter name → id → label, in the page's language. */
	labels: Record<SearchFilterName, Record<string, string>>;
	/** Kind id → what one such item is called ("Product"), for each result's meta line. */
	kindNames: Record<SearchKind, string>;
	messages: SearchMessages;
	/** What misspelt queries are corrected against: place and product names first, then every word. */
	vocabulary: SpellingVocabulary;
}

/** A message per plural category of the page's language (`Intl.PluralRules`); `other` always. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface SearchMessages {
	noResults: string;
	/** "{n} results for “{q}”". */
	results: PluralMessage;
	/** "{n} results", for filters without a query. */
	filtered: PluralMessage;
	corrected: string;
	loading: string;
	/** Search itself could not be downloaded (offline, a failed request). */
	failed: string;
	/** Why a result was found: its name matches, or only its text does. */
	matchedName: string;
	matchedText: string;
	/** Heads the first result that matches only in its text, below those whose names match. */
	weaker: string;
	/** Said of a province that has no story yet. */
	noStoryYet: string;
}

type Titled = { data: { title: string } };

/** The part of the catalogue the search page reads; the site's catalogue fits it. */
export interface SearchCatalog {
	provinces: readonly Province[];
	categories: readonly Category[];
	products: readonly Item<{ data: { aliases: readonly string[]; featured: boolean } }, Titled>[];
	itineraries: readonly Pick<Item<unknown, Titled>, 'stories'>[];
}

/**
 * The filters' choices in `locale`: kinds and regions in the site's own order, categories and
 * provinces by name in the locale's collation (Thai alphabetical order on the Thai page).
 */
export function searchOptions(catalog: SearchCatalog, locale: Locale): SearchOptions {
	const t = useTranslations(locale);
	const byName = new Intl.Collator(locale);
	const sortedByName = (options: SearchOption[]) =>
		options.sort((a, b) => byName.compare(a.label, b.label));
	return {
		kind: searchKinds.map((kind) => ({ value: kind, label: t(kindLabelKeys[kind]) })),
		region: regions.map((region) => ({ value: region, label: t(`region.${region}`) })),
		category: sortedByName(catalog.categories.map((c) => ({ value: c.id, label: c.name[locale] }))),
		province: sortedByName(catalog.provinces.map((p) => ({ value: p.id, label: p.name[locale] }))),
	};
}

/** The search script's configuration for the page in `locale`. */
export function searchConfig(
	catalog: SearchCatalog,
	locale: Locale,
	urls: { pagefind: string; basePath: string },
): SearchConfig {
	const t = useTranslations(locale);
	const options = searchOptions(catalog, locale);
	const labels = Object.fromEntries(
		Object.entries(options).map(([name, list]) => [
			name,
			Object.fromEntries(list.map((o) => [o.value, o.label])),
		]),
	) as SearchConfig['labels'];
	return {
		lang: locales[locale].lang,
		...urls,
		labels,
		kindNames: Object.fromEntries(
			searchKinds.map((kind) => [kind, t(`search.kind.${kind}`)]),
		) as SearchConfig['kindNames'],
		messages: searchMessages(t),
		vocabulary: {
			names: [...new Set(placeAndProductNames(catalog).map(lowerCaseName))],
			words: searchVocabulary(searchableNames(catalog)),
		},
	};
}

function searchMessages(t: Translate): SearchMessages {
	return {
		noResults: t('search.noResults'),
		results: { one: t('search.results.one'), other: t('search.results.other') },
		filtered: { one: t('search.filtered.one'), other: t('search.filtered.other') },
		corrected: t('search.corrected'),
		loading: t('search.loading'),
		failed: t('search.failed'),
		matchedName: t('search.matched.name'),
		matchedText: t('search.matched.text'),
		weaker: t('search.weaker'),
		noStoryYet: t('search.noStoryYet'),
	};
}

/** An item's titles in the languages it is written in. */
const titles = (item: Pick<Item<unknown, Titled>, 'stories'>) =>
	localeCodes.flatMap((l) => item.stories[l]?.data.title ?? []);

/** Every name a reader may search for, in both languages: titles, aliases, provinces, categories. */
function searchableNames(catalog: SearchCatalog): string[] {
	return [
		...catalog.products.flatMap((p) => [...titles(p), ...p.facts.data.aliases]),
		...catalog.itineraries.flatMap(titles),
		...catalog.provinces.flatMap((p) => [p.name.th, p.name.en]),
		...catalog.categories.flatMap((c) => [c.name.th, c.name.en]),
	];
}

/** Names a misspelt query is most likely meant to be: provinces first, then products and their aliases. */
function placeAndProductNames(catalog: SearchCatalog): string[] {
	return [
		...catalog.provinces.flatMap((p) => [p.name.en, p.name.th]),
		...catalog.products.flatMap((p) => [...titles(p), ...p.facts.data.aliases]),
	];
}

const lowerCaseName = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();

/** Queries offered before a search: the titles of the first `count` featured products. */
export function searchSuggestions(catalog: SearchCatalog, locale: Locale, count = 6): string[] {
	return catalog.products
		.filter((p) => p.facts.data.featured)
		.map((p) => storyFor(p, locale).story.data.title)
		.slice(0, count);
}

/**
 * An inline script for the top of the search page: a shared search link (a query or a filter in
 * the URL) hides the suggestions and makes room for results before the first paint, so the page
 * does not jump when they arrive. The page adds its CSP hash, since Astro hashes only its own scripts.
 */
export const searchBeforePaint = `if (/[?&](${['q', ...searchFilterNames].join('|')})=./.test(location.search)) document.documentElement.classList.add('has-search');`;
