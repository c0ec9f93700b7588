/**
 * The search page: reads `?q=`, keeps it in step with the box, and loads pagefind only when a query is run.
 * Results are built with DOM methods; the only markup inserted is pagefind's excerpt, reduced to text and <mark>.
 */
interface PagefindResult {
	url: string;
	excerpt: string;
	meta: { title?: string };
}
interface Pagefind {
	search(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

export function startSearchPage(): void {
	const root = document.querySelector<HTMLElement>('[data-search]');
	const form = root?.querySelector('form');
	const input = root?.querySelector<HTMLInputElement>('input[name="q"]');
	const status = root?.querySelector<HTMLElement>('[data-search-status]');
	const list = root?.querySelector<HTMLOListElement>('[data-search-results]');
	if (!root || !form || !input || !status || !list) return;
	const messages = JSON.parse(root.dataset['messages'] ?? '{}') as Record<'noResults' | 'results' | 'loading', string>;
	let pagefind: Promise<Pagefind> | undefined;
	let latest = 0;

	const run = async (query: string) => {
		const ticket = ++latest;
		const url = new URL(location.href);
		if (query) url.searchParams.set('q', query);
		else url.searchParams.delete('q');
		history.replaceState(null, '', url);
		list.replaceChildren();
		if (!query) {
			status.textContent = '';
			return;
		}
		status.textContent = messages.loading;
		pagefind ??= import(/* @vite-ignore */ root.dataset['pagefindUrl']!) as Promise<Pagefind>;
		const search = await (await pagefind).search(query);
		const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
		if (ticket !== latest) return;
		status.textContent = (results.length === 0 ? messages.noResults : messages.results)
			.replace('{q}', query)
			.replace('{n}', String(search.results.length));
		list.replaceChildren(...results.map(renderResult));
	};

	input.value = new URLSearchParams(location.search).get('q')?.slice(0, 200) ?? '';
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void run(input.value.trim());
	});
	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => void run(input.value.trim()), 250);
	});
	if (input.value) void run(input.value.trim());
}

function renderResult(result: PagefindResult): HTMLLIElement {
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.href = result.url;
	link.textContent = result.meta.title ?? result.url;
	const excerpt = document.createElement('p');
	excerpt.append(...excerptNodes(result.excerpt));
	item.append(link, excerpt);
	return item;
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
