import { decompress } from 'wawoff2';

let previous: Promise<unknown> = Promise.resolve();

/**
 * A WOFF2 font unpacked to TrueType. wawoff2 hands back a view of its WebAssembly memory, which its
 * next call overwrites: two fonts unpacked at once gave one of them the other's bytes, and share
 * images drew every Thai letter as a box. So each call waits for the one before it and copies its
 * result out before the next begins.
 */
export function woff2ToTtf(woff2: Uint8Array): Promise<Buffer> {
	const ttf = previous.then(async () => Buffer.from(await decompress(woff2)));
	previous = ttf.catch(() => undefined);
	return ttf;
}
