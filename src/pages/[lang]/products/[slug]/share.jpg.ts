import type { APIRoute } from 'astro';
import { getCatalog, type Product } from '../../../../data/catalog';
import { shareImageResponse } from '../../../../data/share-images';
import type { Locale } from '../../../../i18n/locales';
import { storyFor } from '../../../../lib/catalog';
import { itemParams } from '../../../../lib/static-paths';

/** Each product's picture for social sites, titled in the page's language: /{lang}/products/{slug}/share.jpg */
export async function getStaticPaths() {
	return itemParams((await getCatalog()).products);
}

export const GET: APIRoute<{ locale: Locale; item: Product }> = ({ props: { locale, item } }) =>
	shareImageResponse(locale, item.facts, (code) => {
		const { story, locale: storyLocale } = storyFor(item, code);
		return { title: story.data.title, storyLocale, places: [item.province.name[code]] };
	});
