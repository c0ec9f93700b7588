import * as pagefind from 'pagefind';

/** Word positions per index chunk (see below): tuned on the bundled site against the search budgets. */
const indexChunkSize = 1800;

/** Pages handed to pagefind and not yet indexed, at most: enough to keep it busy, few enough to keep memory flat. */
const inFlight = 16;

/** pagefind's search index, fed one page at a time; `finish()` writes it. */
export interface SearchIndex {
	/** Indexes a page as written; `sourcePath` is its path in the output folder, which gives its URL. */
	add(sourcePath: string, html: string): Promise<void>;
	/** Waits for every page, writes the index into `outputPath` and stops pagefind; returns the pages indexed. */
	finish(outputPath: string): Promise<number>;
}

/**
 * Starts pagefind, which indexes in its own process: pages are handed over as they are read, so the
 * build's own work on the next page goes on meanwhile. Any pagefind error fails the build, so a
 * site never ships without working search.
 */
export async function openSearchIndex(): Promise<SearchIndex> {
	// Index chunks of 1,800 word positions instead of pagefind's 20,000: a query then loads only
	// the few small chunks its words are in (3–7 KB instead of 30–90 KB). Smaller chunks cost a
	// Thai query of common words more (ผ้าทอ: 8 KB at 1,600), larger ones an English query. An
	// unstable, undocumented setting of pagefind 1.6's binary, so pagefind is pinned exactly and
	// tests/browser/search-budget.test.ts fails if it stops working.
	process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(indexChunkSize);
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
	const pending = new Set<Promise<void>>();
	let failure: Error | undefined;
	let pages = 0;
	return {
		async add(sourcePath, html) {
			if (failure) throw failure;
			const added = index.addHTMLFile({ sourcePath, content: html }).then(
				({ errors }) => {
					if (errors.length > 0)
						failure ??= new Error(`pagefind could not index ${sourcePath}: ${errors.join('; ')}`);
					else pages++;
				},
				(error: unknown) => {
					failure ??= new Error(`pagefind could not index ${sourcePath}: ${String(error)}`);
				},
			);
			pending.add(added);
			void added.finally(() => pending.delete(added));
			if (pending.size >= inFlight) await Promise.race(pending);
		},
		async finish(outputPath) {
			await Promise.all(pending);
			if (failure) throw failure;
			const written = await index.writeFiles({ outputPath });
			if (written.errors.length > 0)
				throw new Error(`pagefind could not write its files: ${written.errors.join('; ')}`);
			await pagefind.close();
			return pages;
		},
	};
}
