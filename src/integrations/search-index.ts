import * as pagefind from 'pagefind';

/** Word positions per index chunk (see below): tuned on the bundled site against the search budgets. */
const indexChunkSize = 1800;

/**
 * Builds the static search index (one per `<html lang>`) of the pages in `outDir` into
 * `outDir/pagefind/`, in pagefind's own process (which reads and parses pages on all cores).
 * Returns the number of pages indexed. Any pagefind error fails the build, so a site never ships
 * without working search.
 */
export async function indexSite(outDir: string): Promise<number> {
	// Index chunks of 1,800 word positions instead of pagefind's 20,000: a query then loads only
	// the few small chunks its words are in (3–7 KB instead of 30–90 KB). Smaller chunks cost a
	// Thai query of common words more (ผ้าทอ: 8 KB at 1,600), larger ones an English query. An
	// unstable, undocumented setting of pagefind 1.6's binary, so pagefind is pinned exactly and
	// tests/browser/search-budget.test.ts fails if it stops working.
	process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(indexChunkSize);
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
	try {
		const added = await index.addDirectory({ path: outDir });
		if (added.errors.length > 0)
			throw new Error(`pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
		const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
		if (written.errors.length > 0)
			throw new Error(`pagefind could not write its files: ${written.errors.join('; ')}`);
		return added.page_count;
	} finally {
		await pagefind.close();
	}
}
