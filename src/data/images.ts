import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';

/** The size social sites show a shared link's picture at. */
export const shareImageSize = { width: 1200, height: 630 } as const;

/** A 1200×630 JPEG cropped from a cover picture, for OpenGraph (social sites do not read AVIF or SVG). */
export async function shareImage(src: ImageMetadata): Promise<string> {
	const image = await getImage({ src, ...shareImageSize, fit: 'cover', format: 'jpeg' });
	return image.src;
}

/** A small picture for search results: the SVG itself for illustrations, a 160 px WebP for photographs. */
export async function thumbnailImage(src: ImageMetadata): Promise<string> {
	const image = src.format === 'svg' ? await getImage({ src, format: 'svg' }) : await getImage({ src, width: 160, format: 'webp' });
	return image.src;
}
