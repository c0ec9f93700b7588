import { distance } from 'fastest-levenshtein';

/** What misspelt queries are corrected against, all lower-case. */
export interface SpellingVocabulary {
	/**
	 * Names of places and products, whole ("chiang mai", "kai betong"), most wanted first: a query
	 * close to one of these is read as that name rather than as some other word.
	 */
	names: readonly string[];
	/** Every single word of every name on the site ("chiang", "betong", "silverware"). */
	words: readonly string[];
}

/** How many typing mistakes a word of this length may carry and still be recognised. */
function allowedEdits(length: number): number {
	if (length < 4) return 0;
	if (length < 8) return 1;
	return 2;
}

/**
 * The candidate fewest edits from `typed`, within the edits its length allows; on a tie, the one
 * listed first (so names, listed before other words, win). `spelled` is how a candidate is compared.
 */
function closestWithin(
	typed: string,
	candidates: readonly string[],
	spelled: (candidate: string) => string = (c) => c,
): string | undefined {
	let best: string | undefined;
	let bestDistance = allowedEdits([...typed].length) + 1;
	for (const candidate of candidates) {
		const d = distance(typed, spelled(candidate));
		if (d < bestDistance) [best, bestDistance] = [candidate, d];
	}
	return best;
}

const withoutSpaces = (name: string) => name.replaceAll(' ', '');

/**
 * A word made of known words run together, split with spaces, in as few pieces as possible, each of
 * two letters or more: "kaibetong" → "kai betong". `undefined` when no split exists.
 */
export function splitRunTogether(word: string, known: ReadonlySet<string>): string | undefined {
	const letters = [...word];
	// fewest[i]: the fewest known words that spell the first i letters, and where the last one starts.
	const fewest: ({ pieces: number; from: number } | undefined)[] = [{ pieces: 0, from: 0 }];
	for (let end = 2; end <= letters.length; end++) {
		for (let start = 0; start <= end - 2; start++) {
			const before = fewest[start];
			if (!before || !known.has(letters.slice(start, end).join(''))) continue;
			const current = fewest[end];
			if (!current || before.pieces + 1 < current.pieces)
				fewest[end] = { pieces: before.pieces + 1, from: start };
		}
	}
	if (!fewest[letters.length] || fewest[letters.length]!.pieces < 2) return undefined;
	const pieces: string[] = [];
	for (let end = letters.length; end > 0; end = fewest[end]!.from)
		pieces.unshift(letters.slice(fewest[end]!.from, end).join(''));
	return pieces.join(' ');
}

/**
 * The query with unknown words replaced by what the reader most likely meant, or `undefined` when
 * every word is known (or the start of one) or nothing is close enough. In order of preference:
 * the whole query is a name typed without its spaces or with a slip ("chiangmai" → "chiang mai");
 * a word is a name without its spaces, or known words run together ("kaibetong" → "kai betong");
 * a word is one or two keystrokes from a known word or name, the name on a tie.
 * @example correctSpelling('chiangmai', { names: ['chiang mai'], words: ['chiang', 'mai', 'chiangda'] }) // => 'chiang mai'
 */
export function correctSpelling(query: string, vocabulary: SpellingVocabulary): string | undefined {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	const known = new Set(vocabulary.words);
	const isKnown = (word: string) =>
		known.has(word) || vocabulary.words.some((v) => v.startsWith(word));
	if (words.length === 0 || words.every(isKnown)) return undefined;
	const typed = words.join(' ');
	const whole = closestWithin(words.join(''), vocabulary.names, withoutSpaces);
	if (whole) return whole === typed ? undefined : whole;
	const candidates = [...vocabulary.names, ...vocabulary.words];
	const corrected = words
		.map((word) =>
			isKnown(word)
				? word
				: (vocabulary.names.find((name) => withoutSpaces(name) === word) ??
					splitRunTogether(word, known) ??
					closestWithin(word, candidates, withoutSpaces) ??
					word),
		)
		.join(' ');
	return corrected === typed ? undefined : corrected;
}
