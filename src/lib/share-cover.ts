import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { isYamlSyntaxError, parseYamlSource } from '../check/yaml-source';
import { renderShareImages, type ShareFont, type ShareImageText } from './share-image';

/**
 * The cover's original file. Astro's content images carry no file path, so it is read from the
 * `image.src` of the item's facts.yaml (whose schema Astro's content layer has already applied).
 */
async function coverFile(factsFile: string): Promise<string> {
	// The check's own YAML reader, so this file is read by the same rules that validated it.
	const source = parseYamlSource(await readFile(factsFile, 'utf8'));
	const src = isYamlSyntaxError(source)
		? undefined
		: (source.data as { image?: { src?: unknown } } | null)?.image?.src;
	if (typeof src !== 'string')
		throw new Error(`${factsFile} — image.src — no picture to draw the share image from.`);
	return resolve(dirname(factsFile), src);
}

/** Draws an item's share images, one per text, from the cover its facts.yaml names; any error names the cover. */
export async function drawFromCover(
	factsFile: string,
	texts: readonly ShareImageText[],
	font: ShareFont,
): Promise<Buffer[]> {
	const cover = await coverFile(factsFile);
	try {
		return await renderShareImages(await readFile(cover), texts, font);
	} catch (error) {
		throw new Error(
			`${cover} — could not draw the share image from this picture: ${(error as Error).message}`,
			{ cause: error },
		);
	}
}
