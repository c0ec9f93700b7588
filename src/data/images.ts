import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';

/** A small picture for search results: the SVG itself for illustrations, a 160 px WebP for photographs. */
export async function thumbnailImage(src: ImageMetadata): Promise<string> {
	const image =
		src.format === 'svg'
			? await getImage({ src, format: 'svg' })
			: await getImage({ src, width: 160, format: 'webp' });
	return image.src;
}
