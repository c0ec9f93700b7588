import { closest, distance } from 'fastest-levenshtein';
import type { Locale } from '../i18n/locales';
import type { Bilingual } from '../lib/content-problem';

export type { Bilingual };

/** What is wrong and what to do, in both languages: the `what` and `fix` of a ContentProblem. */
export interface Advice {
	what: Bilingual;
	fix: Bilingual;
}

/**
 * A value taken from a file and shown in a message: on one line, at most `max` characters, with no
 * character that could hide or reorder text in a terminal (control, format and bidi characters).
 */
export function quote(value: string, max = 40): string {
	const flat = value.replace(/\p{Cc}+/gu, ' ').replace(/\p{C}/gu, '?');
	const chars = [...flat];
	return chars.length > max ? `${chars.slice(0, max).join('')}…` : flat;
}

/** Each language's name in each language, for messages about a story's language. */
export const languageName: Record<Locale, Bilingual> = {
	th: { en: 'Thai', th: 'ไทย' },
	en: { en: 'English', th: 'อังกฤษ' },
};

/** The known value closest to a mistyped one, if it is close enough to be a likely typo. */
function didYouMean(value: string, known: readonly string[]): string | undefined {
	if (known.length === 0 || value === '') return undefined;
	const candidate = closest(value, [...known]);
	return distance(value, candidate) <= Math.max(2, Math.floor(candidate.length / 3))
		? candidate
		: undefined;
}

/** ` Did you mean "x"?` to append to a fix, or nothing when no known value is close. */
export function suggestion(value: string, known: readonly string[]): Bilingual {
	const near = didYouMean(value, known);
	return near
		? { en: ` Did you mean "${near}"?`, th: ` หมายถึง "${near}" หรือเปล่า` }
		: { en: '', th: '' };
}

/** What to do with a value outside a fixed list: use one of them, with a did-you-mean. */
export function useOneOf(allowed: readonly string[], value: unknown): Bilingual {
	const near = typeof value === 'string' ? suggestion(value, allowed) : { en: '', th: '' };
	return {
		en: `use one of: ${allowed.join(', ')}.${near.en}`,
		th: `ใช้ค่าใดค่าหนึ่งต่อไปนี้: ${allowed.join(', ')}${near.th}`,
	};
}
