import { localeCodes, type Locale } from '../i18n/locales';

/**
 * The incremental build's key of a page (src/lib/page-keys.ts); a page without one is rendered on
 * every build.
 */
type CacheKey = { cacheKey?: string };

const withKey = (cacheKey: string | undefined): CacheKey =>
	cacheKey === undefined ? {} : { cacheKey };

/** `getStaticPaths` result for a page that exists once per language. */
export function localeParams(
	cacheKey?: string,
): ({ params: { lang: Locale }; props: { locale: Locale } } & CacheKey)[] {
	return localeCodes.map((lang) => ({
		params: { lang },
		props: { locale: lang },
		...withKey(cacheKey),
	}));
}

/** `getStaticPaths` result for one page per item per language, each keyed by `keyOf`. */
export function itemParams<T extends { slug: string }>(
	items: readonly T[],
	keyOf: (item: T, locale: Locale) => string | undefined = () => undefined,
): ({ params: { lang: Locale; slug: string }; props: { locale: Locale; item: T } } & CacheKey)[] {
	return localeCodes.flatMap((lang) =>
		items.map((item) => ({
			params: { lang, slug: item.slug },
			props: { locale: lang, item },
			...withKey(keyOf(item, lang)),
		})),
	);
}
