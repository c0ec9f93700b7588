import sharp from 'sharp';
import { shareImageSize } from './share-image-size';
import { blendOver, darkenPill, shadeRows, type RgbaImage, type RgbImage } from './raw-pixels';
import { textLanguage } from './text-language';

/** What is written on one language's share image. */
export interface ShareImageText {
	/** The story's title, the large line. */
	title: string;
	/** BCP 47 language of the title: the story's, which differs from the page's on a fallback page. */
	titleLang: string;
	/** A short line above the title, in the page's language: the province and the site's name. */
	kicker: string;
	/** Set when the cover is an illustration, which the image must say (for example "ภาพประกอบ"). */
	illustrationLabel?: string | undefined;
	/** BCP 47 language of the page (the kicker and the label), for shaping and line breaks. */
	lang: string;
}

/** The typeface to draw with: its family name and the TrueType files that hold its glyphs. */
export interface ShareFont {
	family: string;
	files: readonly string[];
}

const margin = 60;
const kickerSize = 30;
const titleSizes = [64, 54, 46] as const;
/**
 * The most height the kicker and title may take: about two lines of the largest title. A title
 * gets the largest of `titleSizes` that fits, so a long one takes three lines of a smaller size.
 */
const textMaxHeight = kickerSize * 1.5 + 2 * 64 * 1.35;

const thaiWords = new Intl.Segmenter('th', { granularity: 'word' });

/**
 * Text for Pango markup, with a zero-width space between Thai words: Pango only breaks Thai lines
 * where it is told to (sharp's Pango has no Thai dictionary), so a long Thai title would not wrap.
 */
export function markupText(text: string): string {
	const escaped = (s: string) =>
		s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
	if (textLanguage(text) !== 'th') return escaped(text);
	return [...thaiWords.segment(text)].map(({ segment }) => escaped(segment)).join('\u200b');
}

/**
 * Tells fontconfig about the font files, once per process. Pango then finds each glyph in the file
 * that has it (the Thai and the Latin subsets are separate files of one family). One file at a
 * time, and each caller waits for every file asked for so far: fontconfig's configuration is not
 * safe to change from two threads at once, and four images start together.
 */
const registered = new Set<string>();
let registering: Promise<void> = Promise.resolve();
function registerFont(font: ShareFont): Promise<void> {
	registering = registering
		.catch(() => undefined)
		.then(async () => {
			for (const fontfile of font.files) {
				if (registered.has(fontfile)) continue;
				await sharp({ text: { text: '.', font: font.family, fontfile } })
					.raw()
					.toBuffer();
				registered.add(fontfile);
			}
		});
	return registering;
}

/** Pango markup for one run of text in one language and style. */
const span = (text: string, lang: string, attributes: string) =>
	`<span lang="${lang}" ${attributes}>${markupText(text)}</span>`;

/** White text as raw RGBA, at most as wide as the picture's text column. */
async function textLayer(
	markup: string,
	font: ShareFont,
	fit?: { height: number },
): Promise<RgbaImage> {
	const { data, info } = await sharp({
		text: {
			text: `<span foreground="white">${markup}</span>`,
			font: font.family,
			width: shareImageSize.width - 2 * margin,
			...(fit ?? {}),
			rgba: true,
			wrap: 'word',
			spacing: 12,
		},
	})
		.raw()
		.toBuffer({ resolveWithObject: true });
	return { data, width: info.width, height: info.height, channels: 4 };
}

/** Pango markup of the kicker over the title, each tagged with its own language. */
export function headlineMarkup(text: ShareImageText, titleSize: number): string {
	return `${span(text.kicker, text.lang, `size="${kickerSize}pt" weight="medium"`)}\n${span(text.title, text.titleLang, `size="${titleSize}pt" weight="bold"`)}`;
}

/** The kicker over the title, the title at the largest size that keeps within the text box. */
async function headline(text: ShareImageText, font: ShareFont) {
	for (const size of titleSizes) {
		const layer = await textLayer(headlineMarkup(text, size), font);
		if (layer.height <= textMaxHeight) return layer;
	}
	// Longer still: Pango shrinks it to fit the box.
	return textLayer(headlineMarkup(text, titleSizes.at(-1)!), font, {
		height: Math.floor(textMaxHeight),
	});
}

/** How much the lower part is darkened, so white text reads on any cover: none above 20 %, then easing in. */
function shadeOpacity(y: number): number {
	const t = Math.min(1, Math.max(0, (y / shareImageSize.height - 0.2) / 0.8));
	return 0.85 * t * t * (3 - 2 * t);
}

/** Rasterizes a cover (any format sharp reads, SVG included) filling 1200×630, cropped from its centre. */
async function background(cover: Uint8Array): Promise<RgbImage> {
	const {
		width = shareImageSize.width,
		height = shareImageSize.height,
		format,
	} = await sharp(cover).metadata();
	// SVGs are drawn at their own size; draw small ones larger so the crop is sharp.
	const scale = Math.max(1, shareImageSize.width / width, shareImageSize.height / height);
	// `rotate()` turns a phone photograph upright by its EXIF orientation, as Astro's own images do.
	const input = format === 'svg' ? sharp(cover, { density: 72 * scale }) : sharp(cover).rotate();
	const { data, info } = await input
		.resize({ ...shareImageSize, fit: 'cover' })
		.flatten({ background: '#ffffff' })
		.removeAlpha()
		.raw()
		.toBuffer({ resolveWithObject: true });
	const image: RgbImage = { data, width: info.width, height: info.height, channels: 3 };
	shadeRows(image, shadeOpacity);
	return image;
}

/** The text layers of one language's image, and where they go. */
async function textLayers(text: ShareImageText, font: ShareFont) {
	const block = await headline(text, font);
	const label = text.illustrationLabel
		? await textLayer(span(text.illustrationLabel, text.lang, 'size="22pt" weight="medium"'), font)
		: undefined;
	return { block, blockTop: shareImageSize.height - margin - block.height, label };
}

/** Keeps a copy of some rows of an image, to put them back after drawing over them. */
function saveRows(image: RgbImage, from: number, to: number): () => void {
	const start = from * image.width * 3;
	// A copy: on a Node Buffer (what sharp returns), `slice` would only be a view.
	const saved = new Uint8Array(image.data.subarray(start, to * image.width * 3));
	return () => image.data.set(saved, start);
}

/**
 * 1200×630 JPEGs for OpenGraph, one per text (one per language): the cover, shaded at the bottom,
 * with the kicker and title, and a label when the cover is an illustration. The cover is drawn once
 * for all of them, and each language is drawn on it in turn and then wiped off again, because
 * copying the whole picture per language costs more (in a large build, in garbage collection).
 */
export async function renderShareImages(
	cover: Uint8Array,
	texts: readonly ShareImageText[],
	font: ShareFont,
): Promise<Buffer[]> {
	await registerFont(font);
	const [image, layers] = await Promise.all([
		background(cover),
		Promise.all(texts.map((text) => textLayers(text, font))),
	]);
	const jpegs: Buffer[] = [];
	for (const { block, blockTop, label } of layers) {
		const restore = [saveRows(image, blockTop, shareImageSize.height)];
		blendOver(image, block, margin, blockTop);
		if (label) {
			const padding = { x: 18, y: 8 };
			const plate = {
				left: margin - padding.x,
				top: 40,
				width: label.width + 2 * padding.x,
				height: label.height + 2 * padding.y,
			};
			restore.push(saveRows(image, plate.top, plate.top + plate.height));
			darkenPill(image, plate, 0.6);
			blendOver(image, label, margin, plate.top + padding.y);
		}
		// Huffman optimisation would save a few per cent of a file no visitor's page loads, at twice the time.
		jpegs.push(
			await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
				.jpeg({ quality: 82, optimiseCoding: false })
				.toBuffer(),
		);
		// In reverse, so overlapping rows end up as they were before anything was drawn.
		for (const put of restore.reverse()) put();
	}
	return jpegs;
}
