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

/** Whitespace with Thai on both sides, perhaps across tags (`ก</span> <span class="tw">ข`). */
const spaceInThai = new RegExp(
	`(?<=${thai}(?:</[a-z][a-z0-9]*>)*)\\s+(?=(?:<[a-z][^<>]*>)*${thai})`,
	'g',
);

/**
 * What pagefind reads of a finished Thai page: each `<wbr>` the page pass put between two words
 * becomes a space, and each space of the text between Thai becomes `phraseSpace`. The HTML is
 * otherwise the page's own.
 * @example searchFeed('<p><span class="tw">ผ้า<wbr>ทอ</span> <span class="tw">มือ</span></p>') // => '<p><span class="tw">ผ้า ทอ</span> \u2063 <span class="tw">มือ</span></p>'
 */
export function searchFeed(finishedHtml: string): string {
	return finishedHtml.replace(spaceInThai, ` ${phraseSpace} `).replaceAll('<wbr>', ' ');
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
	return text.replace(spaceBetweenThaiWords, '').replace(phraseSpaceWithSpaces, ' ');
}
