import type { Locale } from '../i18n/locales';

/** A picture's credit as the schema takes it: a name as written, or the name in each language. */
export type PictureCredit = string | Record<Locale, string>;

/**
 * The credit to print on a page in `locale`.
 * @example creditIn({ th: 'ของดี', en: 'Khong Dee' }, 'th') // => 'ของดี'
 * @example creditIn('Jane Doe', 'th') // => 'Jane Doe'
 */
export function creditIn(credit: PictureCredit, locale: Locale): string {
	return typeof credit === 'string' ? credit : credit[locale];
}
