import { segmentThai } from './search-terms';

/** A piece of text, marked when it matches a query word. */
export interface TextPart {
	text: string;
	marked: boolean;
}

/**
 * Splits text into parts, marking every occurrence of the query's words (case-insensitive, two
 * letters or more), for showing a summary with the match highlighted. A run of Thai is marked
 * whole, and also word by word, as pagefind finds it ("ผ้าทอ" marks "ผ้า" and "ทอ" apart too).
 * @example highlightParts('Nan silverware', 'silver') // => [{ text: 'Nan ', marked: false }, { text: 'silver', marked: true }, { text: 'ware', marked: false }]
 */
export function highlightParts(text: string, query: string): TextPart[] {
	const typed = query.split(/\s+/);
	const pieces = segmentThai(query).split(/\s+/);
	const words = [...new Set([...typed, ...pieces])]
		.filter((word) => [...word].length >= 2)
		// Longest first, so the whole run is marked where it stands as typed.
		.sort((a, b) => b.length - a.length)
		.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	if (words.length === 0) return [{ text, marked: false }];
	const pattern = new RegExp(`(${words.join('|')})`, 'giu');
	// With one capturing group, split() puts the matches at the odd indexes.
	return text
		.split(pattern)
		.map((part, index) => ({ text: part, marked: index % 2 === 1 }))
		.filter((part) => part.text !== '');
}
