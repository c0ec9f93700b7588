/**
 * The Thai search index is made from the Thai pages with their words already apart, under a
 * language pagefind does not segment. pagefind's own Thai indexing (ICU4X, then each word again in
 * pieces) made an index about four times the size, and took most of the build's search time and
 * all of its memory peak at 5,000 products. The words are the ones the page pass has already found
 * for line breaks (src/lib/thai-breaks.ts: ICU's dictionary and the content's own names), so the
 * index splits Thai where the pages do.
 *
 * pagefind splits only at whitespace and keeps a page's text as its words joined by single spaces,
 * so in what it is fed a space between two Thai words and a space the writer put between two
 * phrases would come out alike in an excerpt. The writer's own spaces between Thai are therefore
 * fed as a word of their own, `phraseSpace`, which indexes nothing; the search page takes out the
 * spaces between Thai words and turns `phraseSpace` back into a space (`readableThai`).
 */

/** The languages indexed from `searchFeed()`'s copy of their pages, not the pages themselves. */
export const wordsApartLanguages: readonly string[] = ['th'];

/**
 * pagefind's language for those indexes: any that pagefind does not segment (it segments `zh`,
 * `ja` and `th`) nor stem. The search page's pagefind, finding no index for its own `lang`, takes
 * this one, and still splits a Thai query into words itself, as its page is Thai.
 */
export const wordsApartIndexLanguage = 'und';

/** U+2063 INVISIBLE SEPARATOR: not whitespace, no letter, so pagefind keeps it as a word it never indexes. */
export const phraseSpace = '\u2063';

/** A Thai letter, vowel or mark (U+0E01–U+0E4E). */
const thai = '[\\u0E01-\\u0E4E]';

const thaiLetter = new RegExp(thai);
const wordChar = /[\p{L}\p{N}]/u;
/** Whitespace between two Thai letters within one text. */
const spaceInThai = new RegExp(`(?<=${thai})\\s+(?=${thai})`, 'g');
/** Tags that do not part the text around them: a reader sees one run of words across them. */
const inlineTag =
	/^<\/?(?:a|abbr|b|bdi|bdo|cite|code|em|i|mark|q|s|small|span|strong|sub|sup|time|u|wbr)\b/i;

/**
 * What pagefind reads of a finished Thai page. pagefind splits words at whitespace only, so
 * between two Thai letters, where only inline tags stand (a `<wbr>` the page pass put between two
 * words, a link's end), a space goes; where the text has a space of its own, or one element ends
 * and the next begins (`</dt><dd>`), `phraseSpace`. Between Thai and another script, where an
 * element ends and the next begins, a space. `<wbr>` goes; tags, attributes and all else stay.
 * @example searchFeed('<p><span class="tw">ผ้า<wbr>ทอ</span> <span class="tw">มือ</span></p>') // => '<p><span class="tw">ผ้า ทอ \u2063 </span> <span class="tw">มือ</span></p>'
 */
export function searchFeed(finishedHtml: string): string {
	// Texts at even places, tags at odd ones.
	const parts = finishedHtml.split(/(<[^<>]*>)/);
	for (let at = 0; at < parts.length; at += 2)
		parts[at] = parts[at]!.replace(spaceInThai, ` ${phraseSpace} `);
	let last = -1; // the last text with a word character in it
	for (let at = 0; at < parts.length; at += 2) {
		if (!/\S/.test(parts[at]!)) continue;
		if (last >= 0) {
			const left = parts[last]!.trimEnd().at(-1)!;
			const right = parts[at]!.trimStart()[0]!;
			const tags = parts.slice(last + 1, at).filter((_, i) => i % 2 === 0);
			const spaced =
				/\s$/.test(parts[last]!) ||
				/^\s/.test(parts[at]!) ||
				parts.slice(last + 1, at).some((part, i) => i % 2 === 1 && part !== '');
			const parted = spaced || tags.some((t) => !inlineTag.test(t));
			const wbr = tags.includes('<wbr>');
			if (thaiLetter.test(left) && thaiLetter.test(right))
				parts[last] = `${parts[last]!.trimEnd()}${parted ? ` ${phraseSpace} ` : ' '}`;
			else if (
				(thaiLetter.test(left) && wordChar.test(right)) ||
				(wordChar.test(left) && thaiLetter.test(right))
			) {
				if (!spaced && (parted || wbr)) parts[last] = `${parts[last]} `;
			}
		}
		last = at;
	}
	return parts.map((part, at) => (at % 2 === 1 && part === '<wbr>' ? '' : part)).join('');
}

/** A space between two Thai words as pagefind gives them back, perhaps at the edge of a `<mark>`. */
const spaceBetweenThaiWords = new RegExp(`(?<=${thai}(?:</mark>)?) (?=(?:<mark>)?${thai})`, 'g');
const phraseSpaceWithSpaces = new RegExp(`\\s*${phraseSpace}\\s*`, 'g');

/**
 * Thai from an index fed by `searchFeed()` (a title, an excerpt with `<mark>`) as it is written:
 * no space between words, a space where the writer put one.
 * @example readableThai('ผ้า <mark>ทอ</mark> \u2063 มือ') // => 'ผ้า<mark>ทอ</mark> มือ'
 */
export function readableThai(text: string): string {
	return text.replace(spaceBetweenThaiWords, '').replace(phraseSpaceWithSpaces, ' ').trim();
}
