import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';

/** A 1200 px wide JPEG of a cover picture, for OpenGraph (social sites do not read AVIF or SVG). */
export async function shareImage(src: ImageMetadata): Promise<string> {
	const image = await getImage({ src, width: 1200, format: 'jpeg' });
	return image.src;
}
