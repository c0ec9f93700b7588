import type { ImageMetadata } from 'astro';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import sharp from 'sharp';
import { decompress } from 'wawoff2';
import { localeCodes, locales, type Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/translations';
import { isYamlSyntaxError, parseYamlSource } from '../check/yaml-source';
import { buildCacheDir } from '../lib/build-dirs';
import { cachedFile, contentKey } from '../lib/file-cache';
import { anuphanFile } from '../lib/fonts';
import { renderShareImages, type ShareFont, type ShareImageText } from '../lib/share-image';
// The drawing code and the libvips version are part of each image's cache key, so a change to
// either redraws every image.
import pixelSource from '../lib/raw-pixels.ts?raw';
import rendererSource from '../lib/share-image.ts?raw';

const cacheDir = () => join(buildCacheDir(), 'share-images');

/**
 * Anuphan as TrueType: Pango (which sharp draws text with) does not read WOFF2, so the site's own
 * font files are unpacked once into the build cache, each named by a hash of its WOFF2.
 */
let anuphan: Promise<ShareFont> | undefined;
function shareFont(): Promise<ShareFont> {
	anuphan ??= Promise.all(
		(['thai', 'latin'] as const).map(async (subset) => {
			const woff2 = await readFile(resolve(anuphanFile(subset)));
			const { file } = await cachedFile(
				join(cacheDir(), 'fonts'),
				`${contentKey([woff2])}.ttf`,
				() => decompress(woff2),
			);
			return file;
		}),
	).then((files) => ({ family: 'Anuphan', files }));
	return anuphan;
}

/**
 * The cover's original file. Astro's content images carry no file path, so it is read from the
 * `image.src` of the item's facts.yaml, which the content check has already validated.
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

/** Draws an item's images for all languages from its cover, naming the cover in any error. */
async function drawFromCover(
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

/**
 * What every image is drawn with: the drawing code, libvips and the font. Hashed once per build,
 * not once per image. The font files count by name (a hash of their content), because the cache
 * folder's path may differ between builds.
 */
let design: string | undefined;
const designKey = (font: ShareFont) =>
	(design ??= contentKey([
		pixelSource,
		rendererSource,
		sharp.versions.vips ?? '',
		...font.files.map((file) => basename(file)),
	]));

/** Items being drawn, by the key of each of their images, so no item is drawn twice at once. */
const drawing = new Map<string, Promise<Record<Locale, Buffer>>>();

/** Reads each language's image of an item from the cache, drawing them all (sharing one cover) if any is missing. */
async function drawItem(
	factsFile: string,
	texts: Record<Locale, ShareImageText>,
	keys: Record<Locale, string>,
	font: ShareFont,
) {
	let drawn: Promise<Buffer[]> | undefined;
	const draw = (index: number) => async () =>
		(
			await (drawn ??= drawFromCover(
				factsFile,
				localeCodes.map((code) => texts[code]),
				font,
			))
		)[index]!;
	const files = await Promise.all(
		localeCodes.map((code, index) => cachedFile(cacheDir(), keys[code], draw(index))),
	);
	return Object.fromEntries(
		localeCodes.map((code, index) => [code, files[index]!.bytes]),
	) as Record<Locale, Buffer>;
}

/**
 * The 1200×630 JPEG of one item in one language, keyed in the build cache by everything drawn on it.
 * The cover counts by its built name (`/_astro/photo.<content hash>.jpg`), so a cached image is
 * found without reading, let alone hashing, a large photograph.
 */
async function shareImageFile(
	factsFile: string,
	coverName: string,
	texts: Record<Locale, ShareImageText>,
	locale: Locale,
): Promise<Buffer> {
	const font = await shareFont();
	const keys = Object.fromEntries(
		localeCodes.map((code) => [
			code,
			`${contentKey([designKey(font), coverName, JSON.stringify(texts[code])])}.jpg`,
		]),
	) as Record<Locale, string>;
	let work = drawing.get(keys[locale]);
	if (!work) {
		const started = drawItem(factsFile, texts, keys, font);
		for (const code of localeCodes) drawing.set(keys[code], started);
		// Forget only this drawing's entries, never one a later drawing has put under the same key.
		const done = () =>
			localeCodes.forEach(
				(code) => drawing.get(keys[code]) === started && drawing.delete(keys[code]),
			);
		started.then(done, done);
		work = started;
	}
	return (await work)[locale];
}

/** What one language's share image says for a product or journey. */
export interface ShareImagePage {
	/** The story's title in this language (or in the other, when this one is missing). */
	title: string;
	/** The story's own language, which differs from the page's when the page shows a fallback. */
	storyLocale: Locale;
	/** The provinces the item belongs to, in the page's language. */
	places: readonly string[];
}

/** The share image of a product or journey page as the endpoint's response. */
export async function shareImageResponse(
	locale: Locale,
	/** The item's facts entry, whose `image` is the cover. */
	facts: {
		id: string;
		filePath?: string | undefined;
		data: { image: { src: ImageMetadata; illustration: boolean } };
	},
	/** What the image says, for each language of the site. */
	pageIn: (locale: Locale) => ShareImagePage,
): Promise<Response> {
	if (!facts.filePath)
		throw new Error(
			`Cannot make a share image for "${facts.id}": Astro gave its facts entry no file path.`,
		);
	const texts = Object.fromEntries(
		localeCodes.map((code) => {
			const t = useTranslations(code);
			const page = pageIn(code);
			const text: ShareImageText = {
				title: page.title,
				titleLang: locales[page.storyLocale].lang,
				kicker: [...page.places, t('site.name')].join(' · '),
				illustrationLabel: facts.data.image.illustration ? t('image.illustration') : undefined,
				lang: locales[code].lang,
			};
			return [code, text];
		}),
	) as Record<Locale, ShareImageText>;
	const jpeg = import.meta.env.DEV
		? // In `astro dev` a cover's name carries no content hash, so a cached image could be stale.
			(await drawFromCover(facts.filePath, [texts[locale]], await shareFont()))[0]!
		: await shareImageFile(facts.filePath, facts.data.image.src.src, texts, locale);
	return new Response(new Uint8Array(jpeg), { headers: { 'Content-Type': 'image/jpeg' } });
}
