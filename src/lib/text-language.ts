/**
 * The language of a short text such as an alias, judged by its script, for its `lang` attribute:
 * Thai script is Thai, Chinese characters Chinese, and Latin letters (romanisations included) English.
 * @example textLanguage('ไก่เบตง') // => 'th'
 * @example textLanguage('Kai Betong') // => 'en'
 */
export function textLanguage(text: string): 'th' | 'zh' | 'en' {
	if (/\p{Script=Thai}/u.test(text)) return 'th';
	if (/\p{Script=Han}/u.test(text)) return 'zh';
	return 'en';
}
