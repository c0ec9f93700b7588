import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** A parsed YAML text that can say on which line a field is, for error messages. */
export interface YamlSource {
	data: unknown;
	/** 1-based line of the value at `path` (or of the nearest parent that exists). */
	lineOf(path: readonly (string | number)[]): number | undefined;
}

/** A YAML syntax error, with where it is. */
export interface YamlSyntaxError {
	line: number | undefined;
	message: string;
}

/**
 * Parses YAML keeping positions. `lineOffset` shifts the lines, for front matter that starts on line 2.
 * @example parseYamlSource('a:\n  b: 1\n').lineOf(['a', 'b']) // => 2
 */
export function parseYamlSource(text: string, lineOffset = 0): YamlSource | YamlSyntaxError {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
	const [error] = doc.errors;
	if (error) {
		const line = error.linePos?.[0]?.line ?? lines.linePos(error.pos[0]).line;
		return { line: line + lineOffset, message: error.message.split('\n')[0] ?? error.message };
	}
	const lineAt = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line + lineOffset : undefined);
	return {
		data: doc.toJS(),
		lineOf(path) {
			let node: unknown = doc.contents;
			let line = lineAt(doc.contents as Node);
			for (const key of path) {
				if (isMap(node)) {
					const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
					if (!pair) break;
					line = lineAt(pair.key as Node) ?? line;
					node = pair.value;
				} else if (isSeq(node) && typeof key === 'number') {
					node = node.items[key];
					line = lineAt(node as Node) ?? line;
				} else break;
			}
			return line;
		},
	};
}

export function isYamlSyntaxError(value: YamlSource | YamlSyntaxError): value is YamlSyntaxError {
	return 'message' in value;
}
