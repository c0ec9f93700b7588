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
	let last = -1; // the last text with a word character in it
	// What stands between the last such text and the next, gathered in one walk over the parts.
	let textBetween = false; // a text of whitespace only
	let blockTagBetween = false; // a tag that parts the text around it
	let wbrBetween = false;
	for (let at = 0; at < parts.length; at++) {
		const part = parts[at]!;
		if (at % 2 === 1) {
			if (part === '<wbr>') {
				wbrBetween = true;
				parts[at] = '';
			} else if (!inlineTag.test(part)) blockTagBetween = true;
			continue;
		}
		if (!/\S/.test(part)) {
			if (part !== '') textBetween = true;
			continue;
		}
		const text = (parts[at] = part.replace(spaceInThai, ` ${phraseSpace} `));
		if (last >= 0) {
			const before = parts[last]!;
			const left = before.trimEnd().at(-1)!;
			const right = text.trimStart()[0]!;
			const spaced = textBetween || /\s$/.test(before) || /^\s/.test(text);
			const parted = spaced || blockTagBetween;
			if (thaiLetter.test(left) && thaiLetter.test(right))
				parts[last] = `${before.trimEnd()}${parted ? ` ${phraseSpace} ` : ' '}`;
			else if (
				(thaiLetter.test(left) && wordChar.test(right)) ||
				(wordChar.test(left) && thaiLetter.test(right))
			) {
				if (!spaced && (parted || wbrBetween)) parts[last] = `${before} `;
			}
		}
		last = at;
		textBetween = blockTagBetween = wbrBetween = false;
	}
	return parts.join('');
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
