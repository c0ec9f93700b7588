import type { APIRoute } from 'astro';
import { getCatalog, type Product } from '../../../../data/catalog';
import {
	drawShareImagesAhead,
	productShareImage,
	productShareKeys,
} from '../../../../data/share-images';
import type { Locale } from '../../../../i18n/locales';
import { itemParams } from '../../../../lib/static-paths';

/** Each product's picture for social sites, titled in the page's language: /{lang}/products/{slug}/share.jpg */
export async function getStaticPaths() {
	const catalog = await getCatalog();
	await drawShareImagesAhead(catalog);
	return itemParams(catalog.products, await productShareKeys(catalog.products));
}

export const GET: APIRoute<{ locale: Locale; item: Product }> = ({ props: { locale, item } }) =>
	productShareImage(locale, item);
