import { isLocale, type Locale } from '../i18n/locales';

/**
 * The site's base path (`/` by default, `/<repo>/` for a project page), always with a trailing slash.
 * Read from Astro's `base` setting through Vite.
 */
export const basePath: string = ensureTrailingSlash(import.meta.env.BASE_URL ?? '/');

function ensureTrailingSlash(path: string): string {
	return path.endsWith('/') ? path : `${path}/`;
}

/** Prefix a site-relative path with the base path: `withBase('th/')` => `'/th/'`. */
export function withBase(path: string): string {
	return basePath + path.replace(/^\/+/, '');
}

/** Strip the base path: `withoutBase('/th/products/')` => `'/th/products/'` when base is `/`. */
export function withoutBase(pathname: string): string {
	return pathname.startsWith(basePath) ? `/${pathname.slice(basePath.length)}` : pathname;
}

/**
 * The locale a path belongs to, or `undefined` for language-neutral pages such as `/`.
 * @example localeFromPath('/en/provinces/nan/') // => 'en'
 */
export function localeFromPath(pathname: string): Locale | undefined {
	const first = withoutBase(pathname).split('/')[1];
	return isLocale(first) ? first : undefined;
}

/**
 * Same page in another language. The language switch and the hreflang links both call this.
 * @example localizedPath('/th/products/nan-silverware/', 'en') // => '/en/products/nan-silverware/'
 */
export function localizedPath(pathname: string, locale: Locale): string {
	const rest = withoutBase(pathname).split('/').slice(1);
	if (isLocale(rest[0])) rest.shift();
	return withBase([locale, ...rest].join('/'));
}
