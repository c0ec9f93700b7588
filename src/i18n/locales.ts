/** The site's languages, declared once. Thai comes first: it is the default and the x-default. */
export const locales = {
	th: { label: 'ไทย', lang: 'th', ogLocale: 'th_TH' },
	en: { label: 'English', lang: 'en', ogLocale: 'en_US' },
} as const satisfies Record<string, { label: string; lang: string; ogLocale: string }>;

export type Locale = keyof typeof locales;

/** Every locale, in display order: `['th', 'en']`. */
export const localeCodes = Object.keys(locales) as Locale[];

/** The language of `x-default` and of the root chooser's first link. */
export const defaultLocale: Locale = 'th';

/** Type guard: `isLocale('th')` => `true`, `isLocale('fr')` => `false`. */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && Object.hasOwn(locales, value);
}

/** The other language of this two-language site: `otherLocale('th')` => `'en'`. */
export function otherLocale(locale: Locale): Locale {
	return locale === 'th' ? 'en' : 'th';
}
