import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Word positions per index chunk (see below). */
const indexChunkSize = 2000;

/**
 * Builds the static search index (one per `<html lang>`) into `dist/pagefind/` after the pages are written.
 * Any pagefind error fails the build, so a site never ships without working search.
 */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'khong-dee:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const started = performance.now();
				// Index chunks of 2,000 word positions instead of pagefind's 20,000: a query then loads
				// only the few small chunks its words are in (a next query 5–10 KB instead of 30–90 KB).
				// An unstable, undocumented setting of pagefind 1.6's binary, so pagefind is pinned
				// exactly and tests/browser/search-budget.test.ts fails if it stops working.
				process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(indexChunkSize);
				const { index, errors } = await pagefind.createIndex({});
				if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: outDir });
				if (added.errors.length > 0)
					throw new Error(`pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
				const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
				if (written.errors.length > 0)
					throw new Error(`pagefind could not write its files: ${written.errors.join('; ')}`);
				await pagefind.close();
				logger.info(
					`indexed ${added.page_count} pages for search in ${((performance.now() - started) / 1000).toFixed(2)} s`,
				);
			},
		},
	};
}
