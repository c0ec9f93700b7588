/**
 * The search page: keeps the query and filters in the URL, loads pagefind on the first search,
 * corrects misspelt words when nothing matches, and renders results with DOM methods only
 * (pagefind's excerpt is reduced to text and <mark>), so no query can inject markup.
 */
import {
	normalizeQuery,
	readSearchState,
	searchFilterNames,
	searchString,
	type SearchState,
} from '../lib/search-state';
import { highlightParts } from '../lib/highlight';
import { segmentThai, termsSeparator } from '../lib/search-terms';
import { correctSpelling } from '../lib/spelling';

interface SearchConfig {
	lang: string;
	pagefind: string;
	/** The site's base path, so result links work under /<repository>/. */
	basePath: string;
	labels: Record<string, Record<string, string>>;
	messages: Record<'noResults' | 'results' | 'filtered' | 'corrected' | 'loading', string>;
	vocabulary: string[];
}
interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
}
interface Hit {
	id: string;
	data(): Promise<PagefindResultData>;
}
interface Pagefind {
	options(options: object): Promise<void>;
	search(
		query: string | null,
		options?: { filters?: Record<string, string> },
	): Promise<{ results: Hit[] }>;
}

/** Results shown at once: each costs a small download, so the rest wait for "Show more". */
const pageSize = 10;

export function startSearchPage(): void {
	const form = document.querySelector<HTMLFormElement>('[data-search-form]');
	const status = document.querySelector<HTMLElement>('[data-search-status]');
	const list = document.querySelector<HTMLOListElement>('[data-search-results]');
	const start = document.querySelector<HTMLElement>('[data-search-start]');
	const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
	const configElement = document.getElementById('search-config');
	if (!form || !status || !list || !start || !more || !configElement) return;
	const config = JSON.parse(configElement.textContent ?? '{}') as SearchConfig;
	const input = form.elements.namedItem('q') as HTMLInputElement;
	const offered = Object.fromEntries(
		Object.entries(config.labels).map(([name, labels]) => [name, Object.keys(labels)]),
	);
	let pagefind: Promise<Pagefind> | undefined;
	let latest = 0;
	let hits: Hit[] = [];
	let shownQuery = '';

	/** Renders the next page of hits; returns the first new result's link, for keyboard focus. */
	const showMore = async (ticket: number): Promise<HTMLAnchorElement | undefined> => {
		const batch = hits.slice(list.children.length, list.children.length + pageSize);
		const data = await Promise.all(batch.map((hit) => hit.data()));
		if (ticket !== latest) return undefined;
		const items = data.map((result) =>
			renderResult(result, config.labels['kind']?.['province'], shownQuery),
		);
		list.append(...items);
		more.hidden = list.children.length >= hits.length;
		return items[0]?.querySelector('a') ?? undefined;
	};

	const stateFromForm = (): SearchState => {
		const data = new FormData(form);
		const filters: SearchState['filters'] = {};
		for (const name of searchFilterNames) {
			const value = data.get(name);
			if (typeof value === 'string' && value) filters[name] = value;
		}
		return { query: normalizeQuery(input.value), filters };
	};

	const showState = (state: SearchState) => {
		input.value = state.query;
		// Filters chosen in a shared link are shown open, so the reader sees why results are narrowed.
		const details = form.querySelector('details');
		if (details && Object.keys(state.filters).length > 0) details.open = true;
		for (const name of searchFilterNames) {
			const field = form.elements.namedItem(name);
			if (field instanceof RadioNodeList || field instanceof HTMLSelectElement)
				field.value = state.filters[name] ?? '';
		}
	};

	const run = async (state: SearchState) => {
		const ticket = ++latest;
		history.replaceState(null, '', `${location.pathname}${searchString(state)}`);
		const hasFilters = Object.keys(state.filters).length > 0;
		start.hidden = Boolean(state.query) || hasFilters;
		document.documentElement.classList.toggle('has-search', start.hidden);
		if (!state.query && !hasFilters) {
			list.replaceChildren();
			more.hidden = true;
			status.textContent = '';
			return;
		}
		status.textContent = config.messages.loading;
		pagefind ??= loadPagefind(config.pagefind, config.basePath);
		const engine = await pagefind;
		const filters = Object.fromEntries(
			Object.entries(state.filters).map(([name, value]) => [
				name,
				config.labels[name]?.[value] ?? value,
			]),
		);
		// The English index does not split Thai into words, so a Thai query is split here the same way.
		const asIndexed = (query: string) => (config.lang === 'th' ? query : segmentThai(query));
		// pagefind has no typo tolerance and, failing a match, falls back to shorter prefixes. So a word that
		// is not a known name but is one or two keystrokes from one is searched as that name first; the
		// query as typed still follows, so nothing it finds is lost.
		const corrected = state.query ? correctSpelling(state.query, config.vocabulary) : undefined;
		let found = (await engine.search(state.query ? asIndexed(state.query) : null, { filters }))
			.results;
		if (corrected) {
			const first = (await engine.search(asIndexed(corrected), { filters })).results;
			const seen = new Set(first.map((hit) => hit.id));
			found = [...first, ...found.filter((hit) => !seen.has(hit.id))];
		}
		if (ticket !== latest) return;
		hits = found;
		shownQuery = corrected ?? state.query;
		list.replaceChildren();
		await showMore(ticket);
		if (ticket === latest)
			status.textContent = statusText(config, state.query, hits.length, corrected);
	};

	showState(readSearchState(new URLSearchParams(location.search), offered));
	let timer: ReturnType<typeof setTimeout> | undefined;
	const runSoon = (delay: number) => {
		clearTimeout(timer);
		timer = setTimeout(() => void run(stateFromForm()), delay);
	};
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		runSoon(0);
	});
	form.addEventListener('input', (event) => runSoon(event.target === input ? 250 : 0));
	form.addEventListener('reset', () => setTimeout(() => void run(stateFromForm())));
	more.addEventListener('click', async () => (await showMore(latest))?.focus());
	void run(stateFromForm());
}

async function loadPagefind(url: string, basePath: string): Promise<Pagefind> {
	const engine = (await import(/* @vite-ignore */ url)) as Pagefind;
	// The index is small: searching on the main thread saves downloading pagefind's worker script.
	await engine.options({ excerptLength: 24, baseUrl: basePath, noWorker: true });
	return engine;
}

function statusText(
	config: SearchConfig,
	query: string,
	count: number,
	corrected: string | undefined,
): string {
	const fill = (template: string) =>
		template
			.replaceAll('{q}', query)
			.replaceAll('{n}', String(count))
			.replaceAll('{corrected}', corrected ?? '');
	if (count === 0) return fill(config.messages.noResults);
	if (corrected) return fill(config.messages.corrected);
	return fill(query ? config.messages.results : config.messages.filtered);
}

function renderResult(
	result: PagefindResultData,
	provinceKind: string | undefined,
	query: string,
): HTMLLIElement {
	const item = document.createElement('li');
	if (result.meta['image']) {
		// Decorative: the title beside it names the item.
		const image = document.createElement('img');
		image.alt = '';
		image.loading = 'lazy';
		image.width = 120;
		image.height = 80;
		image.src = result.meta['image'];
		item.append(image);
	}
	const body = document.createElement('div');
	body.className = 'result-body';
	const heading = document.createElement('h2');
	const link = document.createElement('a');
	link.href = result.url;
	link.textContent = result.meta['title'] ?? result.url;
	heading.append(link);
	const meta = document.createElement('p');
	meta.className = 'result-meta';
	// A province result names its region; a product or journey names its province.
	const isProvince = result.filters['kind']?.[0] === provinceKind;
	meta.textContent = [
		result.filters['kind']?.[0],
		isProvince ? result.filters['region']?.[0] : result.meta['province'],
	]
		.filter(Boolean)
		.join(' · ');
	const excerpt = document.createElement('p');
	excerpt.className = 'excerpt';
	// An excerpt of a province page, or of a page's hidden list of names, is a jumble of names:
	// the editor's summary, with the query marked, reads better.
	if (isProvince || result.excerpt.includes(termsSeparator.trim()))
		excerpt.append(...markedNodes(result.meta['summary'] ?? '', query));
	else excerpt.append(...excerptNodes(result.excerpt));
	body.append(heading, meta, excerpt);
	item.append(body);
	return item;
}

function markedNodes(text: string, query: string): Node[] {
	return highlightParts(text, query).map((part) => {
		if (!part.marked) return document.createTextNode(part.text);
		const mark = document.createElement('mark');
		mark.textContent = part.text;
		return mark;
	});
}

/** Pagefind's excerpt is page text with `<mark>` around matches; keep exactly that and nothing else. */
function excerptNodes(html: string): Node[] {
	const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
	return [...doc.body.childNodes].map((node) => {
		if (node.nodeName === 'MARK') {
			const mark = document.createElement('mark');
			mark.textContent = node.textContent;
			return mark;
		}
		return document.createTextNode(node.textContent ?? '');
	});
}
