/**
 * The search page's DOM wiring: keeps the query and filters in the URL and the form, loads pagefind
 * on the first search, and renders what `searchStep()` (src/lib/search-step.ts) found with DOM
 * methods only (pagefind's excerpt is reduced to text and <mark>), so no query can inject markup.
 */
import type { SearchConfig } from '../lib/search-config';
import {
	normalizeQuery,
	readSearchState,
	searchFilterNames,
	searchString,
	withSearchState,
	type SearchState,
} from '../lib/search-state';
import {
	firstResults,
	isBlank,
	loadResults,
	pageSize,
	searchStep,
	type PagefindLike,
	type RankedResults,
	type ResultView,
} from '../lib/search-step';
import type { TextPart } from '../lib/highlight';

interface Pagefind extends PagefindLike {
	options(options: object): Promise<void>;
	/** Forgets its state, including an index it failed to load: the next search starts again. */
	destroy(): Promise<void>;
}

export function startSearchPage(): void {
	const form = document.querySelector<HTMLFormElement>('[data-search-form]');
	const status = document.querySelector<HTMLElement>('[data-search-status]');
	const list = document.querySelector<HTMLOListElement>('[data-search-results]');
	const start = document.querySelector<HTMLElement>('[data-search-start]');
	const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
	const configElement = document.getElementById('search-config');
	if (!form || !status || !list || !start || !more || !configElement) return;
	const config = JSON.parse(configElement.textContent ?? '{}') as SearchConfig;
	const offered = Object.fromEntries(
		Object.entries(config.labels).map(([name, labels]) => [name, Object.keys(labels)]),
	);
	let pagefind: Promise<Pagefind> | undefined;
	// Forgotten if it failed to load (the network), so that the next search tries again.
	const engine = () =>
		(pagefind ??= loadPagefind(config.pagefind, config.basePath).catch((error: unknown) => {
			pagefind = undefined;
			throw error;
		}));
	/** The search last asked for, and the one whose results the list shows. */
	let latest = 0;
	let shown = 0;
	let results: RankedResults = { count: 0, next: async () => [] };
	/** The batch being loaded, so that a click and a scroll never load the same results twice. */
	let loading: Promise<unknown> = Promise.resolve();
	// The header's link to the other language, built without a query: it carries the search along.
	const languageSwitch = document.querySelector<HTMLAnchorElement>('a[data-language-switch]');
	let highlight = '';

	/**
	 * Adds the next `n` results of search `ticket` while it is the latest; says whether it added
	 * any. If they cannot be downloaded, "Show more" stays, to try again.
	 */
	const showMore = (ticket: number, n: number): Promise<boolean> => {
		const batch = loading.then(async () => {
			if (ticket !== latest) return false;
			try {
				const views = await loadResults(results, n, config, highlight);
				if (ticket !== latest) return false;
				list.append(...views.map(renderResult));
				more.hidden = list.children.length >= results.count;
				return views.length > 0;
			} catch {
				if (ticket === latest) more.hidden = false;
				return false;
			}
		});
		loading = batch;
		return batch;
	};

	// Results load as the reader scrolls to them: while "Show more" is on the screen, the next
	// batch comes, so only what is seen is downloaded. The button stays for keyboards and old browsers.
	const onScreen = () => {
		const { top, bottom } = more.getBoundingClientRect();
		return !more.hidden && bottom > 0 && top < window.innerHeight;
	};
	const fillScreen = async () => {
		const ticket = shown;
		while (ticket === latest && onScreen()) if (!(await showMore(ticket, pageSize))) return;
	};
	if ('IntersectionObserver' in window)
		new IntersectionObserver((entries) => {
			if (entries.some((entry) => entry.isIntersecting)) void fillScreen();
		}).observe(more);

	const run = async (state: SearchState) => {
		const ticket = ++latest;
		// The list is about to change: nothing more of the old one is loaded meanwhile.
		more.hidden = true;
		history.replaceState(null, '', `${location.pathname}${searchString(state)}`);
		if (languageSwitch)
			languageSwitch.href = withSearchState(languageSwitch.getAttribute('href') ?? '', state);
		start.hidden = !isBlank(state);
		document.documentElement.classList.toggle('has-search', start.hidden);
		if (!isBlank(state)) status.textContent = config.messages.loading;
		const outcome = await searchStep(engine, state, config).catch(() => undefined);
		if (ticket !== latest) return;
		if (!outcome) {
			list.replaceChildren();
			status.textContent = config.messages.failed;
			// pagefind keeps an index it failed to load: reset it, so the next search loads it again.
			const broken = pagefind;
			pagefind = undefined;
			await (await broken?.catch(() => undefined))?.destroy();
			return;
		}
		results = outcome.results;
		highlight = outcome.highlight;
		list.replaceChildren();
		shown = ticket;
		const loaded = await showMore(ticket, firstResults);
		if (ticket !== latest) return;
		status.textContent = loaded || results.count === 0 ? outcome.status : config.messages.failed;
		void fillScreen();
	};

	fillForm(form, readSearchState(new URLSearchParams(location.search), offered));
	let timer: ReturnType<typeof setTimeout> | undefined;
	const runSoon = (delay: number) => {
		clearTimeout(timer);
		timer = setTimeout(() => void run(readForm(form)), delay);
	};
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		runSoon(0);
	});
	form.addEventListener('input', (event) =>
		runSoon(event.target === form.elements.namedItem('q') ? 250 : 0),
	);
	form.addEventListener('reset', () => setTimeout(() => void run(readForm(form))));
	// Pressing "Show more" moves focus to the first result added since the button got focus, even
	// when scrolling to it (focus scrolls) brought some in meanwhile.
	let firstUnseen = 0;
	more.addEventListener('focus', () => (firstUnseen = list.children.length));
	more.addEventListener('click', async () => {
		const from = document.activeElement === more ? firstUnseen : list.children.length;
		await showMore(shown, pageSize);
		list.children[from]?.querySelector('a')?.focus();
	});
	void run(readForm(form));
}

/** The state the form shows: its query, tidied, and the filters chosen. */
function readForm(form: HTMLFormElement): SearchState {
	const data = new FormData(form);
	const filters: SearchState['filters'] = {};
	for (const name of searchFilterNames) {
		const value = data.get(name);
		if (typeof value === 'string' && value) filters[name] = value;
	}
	return { query: normalizeQuery(String(data.get('q') ?? '')), filters };
}

/** Shows a state (from a shared link) in the form. */
function fillForm(form: HTMLFormElement, state: SearchState): void {
	(form.elements.namedItem('q') as HTMLInputElement).value = state.query;
	// Filters chosen in a shared link are shown open, so the reader sees why results are narrowed.
	const details = form.querySelector('details');
	if (details && Object.keys(state.filters).length > 0) details.open = true;
	for (const name of searchFilterNames) {
		const field = form.elements.namedItem(name);
		if (field instanceof RadioNodeList || field instanceof HTMLSelectElement)
			field.value = state.filters[name] ?? '';
	}
}

async function loadPagefind(url: string, basePath: string): Promise<Pagefind> {
	const engine = (await import(/* @vite-ignore */ url)) as Pagefind;
	// The index is small: searching on the main thread saves downloading pagefind's worker script.
	await engine.options({ excerptLength: 24, baseUrl: basePath, noWorker: true });
	return engine;
}

function renderResult(result: ResultView): HTMLLIElement {
	const item = document.createElement('li');
	if (result.weakerNote) {
		const note = document.createElement('p');
		note.className = 'weaker-note';
		note.textContent = result.weakerNote;
		item.append(note);
	}
	if (result.image) {
		const image = document.createElement('img');
		image.alt = '';
		image.loading = 'lazy';
		image.width = 120;
		image.height = 80;
		image.src = result.image;
		item.append(image);
	}
	const body = document.createElement('div');
	body.className = 'result-body';
	const heading = document.createElement('h2');
	const link = document.createElement('a');
	link.href = result.url;
	link.textContent = result.title;
	heading.append(link);
	const meta = document.createElement('p');
	meta.className = 'result-meta';
	meta.textContent = result.meta;
	const reason = document.createElement('p');
	reason.className = 'result-reason';
	reason.textContent = result.reason;
	const excerpt = document.createElement('p');
	excerpt.className = 'excerpt';
	excerpt.append(
		...('summary' in result.excerpt
			? markedNodes(result.excerpt.summary)
			: excerptNodes(result.excerpt.html)),
	);
	body.append(heading, meta, excerpt, ...(result.reason ? [reason] : []));
	item.append(body);
	return item;
}

function markedNodes(parts: TextPart[]): Node[] {
	return parts.map((part) => {
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
