import type { Locale } from '../i18n/locales';

/**
 * The language a short text is written in, judged by its script: Thai script is Thai, anything else
 * is taken as English (romanisations included), so it can carry the right `lang` attribute.
 * @example textLanguage('ไก่เบตง') // => 'th'
 * @example textLanguage('Kai Betong') // => 'en'
 */
export function textLanguage(text: string): Locale {
	return /\p{Script=Thai}/u.test(text) ? 'th' : 'en';
}
