import { fork } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { atOnce } from './at-once';
import { cachedFile } from './file-cache';
import { moduleSources } from './module-closure';
import { drawFromCover } from './share-cover';
import type { ShareFont, ShareImageText } from './share-image';

/**
 * Share images drawn ahead, in a process of their own, while Astro renders pages on its one core.
 * Astro reaches the share images early in its list of paths and would otherwise wait on each in
 * turn with the other core mostly idle. Only a warmer of the build cache: the page of an image
 * that was not drawn ahead (its cover failed, or the process stopped) draws it itself, and a
 * cover that cannot be drawn fails the build there, by the same code and with the same error.
 */

/** One item: its images' files in the cache, and what each says. */
export interface AheadItem {
	/** The item's facts.yaml, which names the cover. */
	factsFile: string;
	/** The cache file of each image, one per text. */
	files: string[];
	texts: ShareImageText[];
}

/** What the drawing process is sent: the items, in the order the build will need them. */
export interface AheadOrder {
	cacheDir: string;
	/**
	 * `contentKey()` of the drawing code the images' names were made with (`drawingCode()`):
	 * the process draws nothing if the files it would run differ.
	 */
	drawingCode: string;
	font: ShareFont;
	items: AheadItem[];
}

/** The modules that draw a share image; with what they import, part of every image's name. */
export const drawingEntries = [
	'src/lib/share-image.ts',
	'src/lib/share-cover.ts',
	'src/lib/woff2.ts',
] as const;

/**
 * The drawing code as the project's folder `root` holds it now: each module `drawingEntries` run,
 * by name and text. A change to any of them names (and so draws) every image anew.
 */
export function drawingCode(root: string): string[] {
	return moduleSources(root, drawingEntries);
}

/**
 * What the drawing process sends back: each item as it is done with it, then `done`, sent last
 * so that the process ends only once every other message is out.
 */
export type AheadMessage = { settled: number } | { done: true };

/**
 * Items drawn at once: measured at 1,000 products, four kept both cores busy while Astro waited
 * on the share images, two left the build 4 s slower.
 */
const itemsInFlight = 4;

/** Draws each item's images that the cache lacks, in order, and tells `settled` of each. */
export async function drawItems(
	{ cacheDir, font, items }: AheadOrder,
	settled: (index: number) => void,
): Promise<void> {
	await atOnce(items.length, itemsInFlight, async (index) => {
		const { factsFile, files, texts } = items[index]!;
		let drawn: Promise<Buffer[]> | undefined;
		const draw = (at: number) => async () =>
			(await (drawn ??= drawFromCover(factsFile, texts, font)))[at]!;
		// Settled, not all: an item is done only when nothing of it is still being written. What
		// failed is left to the page, which draws it again and fails the build with the error.
		await Promise.allSettled(files.map((file, at) => cachedFile(cacheDir, file, draw(at))));
		settled(index);
	});
}

/**
 * Starts ./share-images-ahead-child.ts (through tsx, from the project at `root`) on `order`.
 * Returns one promise per item, which resolves once the process is done with that item or has
 * stopped; it never rejects, since the page draws whatever is missing.
 */
export function drawAhead(root: string, order: AheadOrder): Promise<void>[] {
	const done = order.items.map(() => Promise.withResolvers<void>());
	const settleAll = () => done.forEach(({ resolve: settle }) => settle());
	try {
		const child = fork(join(root, 'src/lib/share-images-ahead-child.ts'), [], {
			cwd: root,
			execArgv: ['--import', pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href],
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		});
		child.on('message', (message: AheadMessage) => {
			if ('settled' in message) done[message.settled]?.resolve();
		});
		// Whatever it did not draw, the pages draw.
		child.on('error', settleAll);
		child.on('close', (code, signal) => {
			if (code !== 0)
				console.warn(
					`Drawing share images ahead stopped (${signal ?? `exit code ${code}`}); the pages draw the rest.`,
				);
			settleAll();
		});
		child.send({ ...order, cacheDir: resolve(order.cacheDir) } satisfies AheadOrder);
	} catch {
		settleAll();
	}
	return done.map(({ promise }) => promise);
}
