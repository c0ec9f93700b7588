import { closest, distance } from 'fastest-levenshtein';

/** How many typing mistakes a word of this length may carry and still be recognised. */
function allowedEdits(length: number): number {
	if (length < 4) return 0;
	if (length < 8) return 1;
	return 2;
}

/**
 * The query with each unknown word replaced by the closest known word, or `undefined` when no word
 * is close enough to change. Matching is on whole words, by edit distance.
 * @example correctSpelling('betng chiken', ['betong', 'chicken', 'nan']) // => 'betong chicken'
 */
export function correctSpelling(query: string, vocabulary: readonly string[]): string | undefined {
	if (vocabulary.length === 0) return undefined;
	const known = new Set(vocabulary);
	let changed = false;
	const words = query
		.toLowerCase()
		.split(/\s+/)
		.filter(Boolean)
		.map((word) => {
			if (known.has(word) || vocabulary.some((v) => v.startsWith(word))) return word;
			const candidate = closest(word, vocabulary as string[]);
			if (distance(word, candidate) <= allowedEdits([...word].length)) {
				changed = true;
				return candidate;
			}
			return word;
		});
	return changed ? words.join(' ') : undefined;
}
