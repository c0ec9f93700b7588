import type { Locale } from '../i18n/locales';
import { withBase } from './localized-path';

/** Site paths of the URL contract (DESIGN.md), each with the base path and a trailing slash. */
export const routes = {
	home: (locale: Locale) => withBase(`${locale}/`),
	products: (locale: Locale) => withBase(`${locale}/products/`),
	product: (locale: Locale, slug: string) => withBase(`${locale}/products/${slug}/`),
	provinces: (locale: Locale) => withBase(`${locale}/provinces/`),
	province: (locale: Locale, slug: string) => withBase(`${locale}/provinces/${slug}/`),
	itineraries: (locale: Locale) => withBase(`${locale}/itineraries/`),
	itinerary: (locale: Locale, slug: string) => withBase(`${locale}/itineraries/${slug}/`),
	search: (locale: Locale) => withBase(`${locale}/search/`),
} as const;
