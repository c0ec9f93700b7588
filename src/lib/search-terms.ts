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

/**
 * Whether a name holds everything the reader typed: each run of Thai as it is (Thai has no spaces,
 * so "ผ้าทอ" must appear as typed, and "ทอ" inside "ทอง" does not count when "ผ้าทอ" was asked),
 * each other word at the start of a word of the name ("silv" in "Silverware", not "ver").
 * Case is ignored. pagefind's own metadata match is looser: any word starting with any query word.
 * @example nameHolds('Nan Silverware', 'silv nan') // => true
 */
export function nameHolds(name: string, query: string): boolean {
	const text = name.toLowerCase();
	const starts = new Set(
		text.split(/[^\p{L}\p{M}\p{N}]+/u).flatMap((word) => (word ? [word] : [])),
	);
	return query
		.toLowerCase()
		.split(/\s+/)
		.filter(Boolean)
		.every((word) =>
			/\p{Script=Thai}/u.test(word)
				? text.includes(word)
				: [...starts].some((nameWord) => nameWord.startsWith(word)),
		);
}
