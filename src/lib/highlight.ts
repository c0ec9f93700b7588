/** A piece of text, marked when it matches a query word. */
export interface TextPart {
	text: string;
	marked: boolean;
}

/**
 * Splits text into parts, marking every occurrence of the query's words (case-insensitive, two
 * letters or more), for showing a summary with the match highlighted.
 * @example highlightParts('Nan silverware', 'silver') // => [{ text: 'Nan ', marked: false }, { text: 'silver', marked: true }, { text: 'ware', marked: false }]
 */
export function highlightParts(text: string, query: string): TextPart[] {
	const words = query
		.split(/\s+/)
		.filter((word) => [...word].length >= 2)
		.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	if (words.length === 0) return [{ text, marked: false }];
	const pattern = new RegExp(`(${words.join('|')})`, 'giu');
	// With one capturing group, split() puts the matches at the odd indexes.
	return text
		.split(pattern)
		.map((part, index) => ({ text: part, marked: index % 2 === 1 }))
		.filter((part) => part.text !== '');
}
