import type { ImageMetadata } from 'astro';
import { access, readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import sharp from 'sharp';
import { localeCodes, locales, type Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/translations';
import type { Itinerary, Product, SiteCatalog } from './catalog';
import { buildCacheDir } from '../lib/build-dirs';
import { cachedFile, contentKey } from '../lib/file-cache';
import { anuphanFile } from '../lib/fonts';
import { storyFor } from '../lib/catalog';
import type { ShareFont, ShareImageText } from '../lib/share-image';
import { drawFromCover } from '../lib/share-cover';
import { drawAhead, drawingCode, type AheadItem } from '../lib/share-images-ahead';
import { woff2ToTtf } from '../lib/woff2';

const cacheDir = () => join(buildCacheDir(), 'share-images');

/**
 * The drawing code (every module that draws, unpacks the font or finds the cover), read once per
 * build from the project's folder, which Astro runs in. Part of every image's and font's name, so
 * a change to any of it draws every image anew.
 */
let drawingSources: string[] | undefined;
const drawingNow = () => (drawingSources ??= drawingCode(process.cwd()));

/**
 * Anuphan as TrueType: Pango (which sharp draws text with) does not read WOFF2, so the site's own
 * font files are unpacked once into the build cache, each named by a hash of its WOFF2.
 */
let anuphan: Promise<ShareFont> | undefined;
function shareFont(): Promise<ShareFont> {
	anuphan ??= Promise.all(
		(['thai', 'latin'] as const).map(async (subset) => {
			const woff2 = await readFile(resolve(anuphanFile(subset)));
			// Named by the WOFF2 and the unpacking (an earlier, unsafe version could leave another
			// font's bytes in the file).
			const { file } = await cachedFile(
				join(cacheDir(), 'fonts'),
				`${contentKey([woff2, ...drawingNow()])}.ttf`,
				() => woff2ToTtf(woff2),
			);
			return file;
		}),
	).then((files) => ({ family: 'Anuphan', files }));
	return anuphan;
}

/**
 * What every image is drawn with: the drawing code, libvips, Node's ICU (which breaks the title
 * into words) and the font. Hashed once per build, not once per image. The font files count by
 * name (a hash of their content), because the cache folder's path may differ between builds.
 */
let design: string | undefined;
const designKey = (font: ShareFont) =>
	(design ??= contentKey([
		...drawingNow(),
		sharp.versions.vips ?? '',
		process.versions.icu ?? '',
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

/** What one language's share image says for a product or journey. */
export interface ShareImagePage {
	/** The story's title in this language (or in the other, when this one is missing). */
	title: string;
	/** The story's own language, which differs from the page's when the page shows a fallback. */
	storyLocale: Locale;
	/** The provinces the item belongs to, in the page's language. */
	places: readonly string[];
}

/** A product or journey as its share images need it. */
interface ShareItem {
	/** The item's facts entry, whose `image` is the cover. */
	facts: {
		id: string;
		filePath?: string | undefined;
		data: { image: { src: ImageMetadata; illustration: boolean } };
	};
	/** What the image says, for each language of the site. */
	pageIn: (locale: Locale) => ShareImagePage;
}

const productShare = (item: Product): ShareItem => ({
	facts: item.facts,
	pageIn: (code) => {
		const { story, locale: storyLocale } = storyFor(item, code);
		return { title: story.data.title, storyLocale, places: [item.province.name[code]] };
	},
});

const itineraryShare = (item: Itinerary): ShareItem => ({
	facts: item.facts,
	pageIn: (code) => {
		const { story, locale: storyLocale } = storyFor(item, code);
		return {
			title: story.data.title,
			storyLocale,
			places: item.provinces.map((province) => province.name[code]),
		};
	},
});

/** The facts.yaml of an item, which names its cover. */
function factsFileOf({ facts }: ShareItem): string {
	if (!facts.filePath)
		throw new Error(
			`Cannot make a share image for "${facts.id}": Astro gave its facts entry no file path.`,
		);
	return facts.filePath;
}

/** What each language's image of an item says. */
function shareTexts({ facts, pageIn }: ShareItem): Record<Locale, ShareImageText> {
	return Object.fromEntries(
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
}

/**
 * The cache file of each language's image, named by everything drawn on it. The cover counts by
 * its built name (`/_astro/photo.<content hash>.jpg`), so a cached image is found without reading,
 * let alone hashing, a large photograph.
 */
function imageKeys(
	font: ShareFont,
	{ facts }: ShareItem,
	texts: Record<Locale, ShareImageText>,
): Record<Locale, string> {
	return Object.fromEntries(
		localeCodes.map((code) => [
			code,
			`${contentKey([designKey(font), facts.data.image.src.src, JSON.stringify(texts[code])])}.jpg`,
		]),
	) as Record<Locale, string>;
}

/** What the drawing process is doing, by the key of each image it was given. */
let ahead: Promise<Map<string, Promise<void>>> | undefined;

/**
 * Starts drawing every share image the cache lacks in a process of its own
 * (src/lib/share-images-ahead-child.ts), journeys first, in the order Astro will ask for them.
 * Called by the share images' routes when Astro asks for their paths, before it renders any page;
 * the first call starts it, the others find it started. It never fails: whatever it cannot do
 * (an item without a story or file path, a font that will not unpack) is left to the item's
 * route, which fails the build with the error as before. Not in `astro dev`, which draws each on
 * request.
 */
export async function drawShareImagesAhead(catalog: SiteCatalog): Promise<void> {
	if (import.meta.env.DEV) return;
	ahead ??= startDrawingAhead(catalog).catch(() => new Map());
	await ahead;
}

async function startDrawingAhead(catalog: SiteCatalog): Promise<Map<string, Promise<void>>> {
	const font = await shareFont();
	const items: AheadItem[] = [];
	for (const item of [
		...catalog.itineraries.map(itineraryShare),
		...catalog.products.map(productShare),
	]) {
		try {
			const texts = shareTexts(item);
			const keys = imageKeys(font, item, texts);
			items.push({
				factsFile: factsFileOf(item),
				files: localeCodes.map((code) => keys[code]),
				texts: localeCodes.map((code) => texts[code]),
			});
		} catch {
			// Left to its route, which says what is wrong with it.
		}
	}
	const cached = await Promise.all(
		items.map((item) =>
			Promise.all(item.files.map((file) => access(join(cacheDir(), file)))).then(
				() => true,
				() => false,
			),
		),
	);
	const missing = items.filter((_, at) => !cached[at]);
	if (missing.length === 0) return new Map();
	// The project's own folder, as for the font and covers above: Astro runs in it.
	const settled = drawAhead(process.cwd(), {
		cacheDir: cacheDir(),
		drawingCode: contentKey(drawingNow()),
		font,
		items: missing,
	});
	return new Map(
		missing.flatMap((item, at) => item.files.map((file) => [file, settled[at]!] as const)),
	);
}

/** The 1200×630 JPEG of one item in one language, from the build cache or drawn now. */
async function shareImageFile(item: ShareItem, locale: Locale): Promise<Buffer> {
	const font = await shareFont();
	const texts = shareTexts(item);
	const keys = imageKeys(font, item, texts);
	// Drawn ahead, or at least tried: wait for it, then read it from the cache (or draw it here).
	await (await ahead)?.get(keys[locale]);
	let work = drawing.get(keys[locale]);
	if (!work) {
		const started = drawItem(factsFileOf(item), texts, keys, font);
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

/** A share image as the endpoint's response. */
async function shareImageResponse(locale: Locale, item: ShareItem): Promise<Response> {
	const jpeg = import.meta.env.DEV
		? // In `astro dev` a cover's name carries no content hash, so a cached image could be stale.
			(await drawFromCover(factsFileOf(item), [shareTexts(item)[locale]], await shareFont()))[0]!
		: await shareImageFile(item, locale);
	return new Response(new Uint8Array(jpeg), { headers: { 'Content-Type': 'image/jpeg' } });
}

/** The share image of a product page, titled in the page's language. */
export const productShareImage = (locale: Locale, item: Product) =>
	shareImageResponse(locale, productShare(item));

/** The share image of a journey page, titled in the page's language. */
export const itineraryShareImage = (locale: Locale, item: Itinerary) =>
	shareImageResponse(locale, itineraryShare(item));

/**
 * Each item's image names by language, which cover everything drawn on the image: the incremental
 * build's keys of the share routes (src/lib/page-keys.ts), so an image is served again from the
 * last build only when it would be drawn the same. An item whose names cannot be made gets none,
 * and its route says what is wrong.
 */
async function shareKeysOf<T>(
	items: readonly T[],
	share: (item: T) => ShareItem,
): Promise<(item: T, locale: Locale) => string | undefined> {
	const font = await shareFont().catch(() => undefined);
	const keys = new Map<T, Record<Locale, string>>();
	if (font)
		for (const item of items) {
			try {
				const shared = share(item);
				keys.set(item, imageKeys(font, shared, shareTexts(shared)));
			} catch {
				// Left to the item's route.
			}
		}
	return (item, locale) => keys.get(item)?.[locale];
}

/** The share routes' keys of the products' images. */
export const productShareKeys = (items: readonly Product[]) => shareKeysOf(items, productShare);

/** The share routes' keys of the journeys' images. */
export const itineraryShareKeys = (items: readonly Itinerary[]) =>
	shareKeysOf(items, itineraryShare);
