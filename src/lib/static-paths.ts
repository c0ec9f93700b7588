import { localeCodes, type Locale } from '../i18n/locales';

/** `getStaticPaths` result for a page that exists once per language. */
export function localeParams(): { params: { lang: Locale }; props: { locale: Locale } }[] {
	return localeCodes.map((lang) => ({ params: { lang }, props: { locale: lang } }));
}

/** `getStaticPaths` result for one page per item per language. */
export function itemParams<T extends { slug: string }>(
	items: readonly T[],
): { params: { lang: Locale; slug: string }; props: { locale: Locale; item: T } }[] {
	return localeCodes.flatMap((lang) =>
		items.map((item) => ({ params: { lang, slug: item.slug }, props: { locale: lang, item } })),
	);
}
