const thaiRun = /\p{Script=Thai}+/gu;

/** Joins the hidden search terms of a page; an excerpt containing it was drawn from those names. */
export const termsSeparator = ' · ';
const thaiWords = new Intl.Segmenter('th', { granularity: 'word' });

/**
 * Splits runs of Thai into words with spaces between, so that an index built for another language
 * (which does not segment Thai) still finds each word.
 * @example segmentThai('ชาเชียงดาน่าน') // => 'ชา เชียงดา น่าน'
 */
export function segmentThai(text: string): string {
	return text.replace(thaiRun, (run) =>
		[...thaiWords.segment(run)]
			.filter((s) => s.isWordLike)
			.map((s) => s.segment)
			.join(' '),
	);
}

/**
 * The words a reader may type for these names, lower-case, without repeats: the vocabulary that
 * misspelt queries are corrected against.
 * @example searchVocabulary(['Nan Silverware', 'เครื่องเงินน่าน']) // => ['nan', 'silverware', 'เครื่อง', 'เงิน', 'น่าน', 'เครื่องเงินน่าน']
 */
export function searchVocabulary(names: readonly string[]): string[] {
	const words = new Set<string>();
	for (const name of names) {
		for (const word of segmentThai(name)
			.toLowerCase()
			.split(/[^\p{L}\p{M}\p{N}]+/u)) {
			if ([...word].length >= 2) words.add(word);
		}
		// Whole Thai names too, since Thai queries come without spaces.
		for (const run of name.match(thaiRun) ?? []) words.add(run);
	}
	return [...words];
}
