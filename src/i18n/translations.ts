import type { Locale } from './locales';
import { en, type UiKey } from './en';
import { th } from './th';

const dictionaries: Record<Locale, Record<UiKey, string>> = { th, en };

/**
 * The UI string function for one language. `{name}` placeholders are filled from `values`.
 * @example useTranslations('en')('itinerary.day', { n: 2 }) // => 'Day 2'
 */
export function useTranslations(locale: Locale) {
	const dictionary = dictionaries[locale];
	return (key: UiKey, values: Record<string, string | number> = {}): string =>
		dictionary[key].replace(/\{(\w+)\}/g, (match, name: string) =>
			name in values ? String(values[name]) : match,
		);
}

export type Translate = ReturnType<typeof useTranslations>;
