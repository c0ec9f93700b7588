import { Document, isCollection, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';

/**
 * Writes changed values back into a YAML text without touching anything else: comments, key order,
 * quoting, flow collections, `>-` blocks and long lines of every value that did not change stay
 * byte for byte. A CMS would otherwise re-serialise the whole file, and a one-word edit would show
 * as a diff of hundreds of lines in review.
 */
export function spliceYaml(source: string, data: unknown): string {
	const doc = parseDocument(source);
	const edits: Edit[] = [];
	collectEdits(doc, [], doc.toJS(), data, edits);
	if (edits.length === 0) return source;
	if (edits.some((edit) => edit.kind === 'whole')) return freshYaml(data);
	let out = source;
	// From the end of the file backwards, so that earlier ranges stay valid.
	const spliced = (edits as Exclude<Edit, { kind: 'whole' }>[]).sort(
		(a, b) => b.node.range![0] - a.node.range![0],
	);
	for (const edit of spliced) {
		const [start, end] = edit.node.range!;
		if (edit.kind === 'append') {
			const indent = ' '.repeat(start - lineStart(source, start));
			const items = freshYaml(edit.items)
				.trimEnd()
				.split('\n')
				.map((line) => indent + line)
				.join('\n');
			out =
				source[end - 1] === '\n'
					? out.slice(0, end) + items + '\n' + out.slice(end)
					: out.slice(0, end) + '\n' + items + out.slice(end);
			continue;
		}
		const text =
			isScalar(edit.node) && (edit.value === null || typeof edit.value !== 'object')
				? renderScalar(edit.node, edit.value, source)
				: renderCollection(edit.node, edit.value, source);
		// A block node's range includes its line break: keep it.
		const trail = /\s*$/.exec(source.slice(start, end))![0];
		out = out.slice(0, start) + text + trail + out.slice(end);
	}
	return out;
}

/** A whole document written from scratch, one line per value (no folding at 80 columns). */
export function freshYaml(data: unknown): string {
	return new Document(data).toString({ lineWidth: 0 });
}

type Edit =
	| { kind: 'replace'; node: Node; value: unknown }
	| { kind: 'append'; node: Node; items: unknown[] }
	| { kind: 'whole' };

type Path = (string | number)[];

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
	value !== null && typeof value === 'object' && !Array.isArray(value);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sameKeys = (a: object, b: object) => same(Object.keys(a).sort(), Object.keys(b).sort());

/** Finds the smallest nodes whose values differ between `before` (the file) and `after` (the edit). */
function collectEdits(
	doc: Document,
	path: Path,
	before: unknown,
	after: unknown,
	edits: Edit[],
): void {
	if (same(before, after)) return;
	const node = (path.length > 0 ? doc.getIn(path, true) : doc.contents) as Node | null;
	if (isPlainObject(before) && isPlainObject(after)) {
		// A CMS fills an optional field the file did not have with an empty value: leave it out.
		after = Object.fromEntries(
			Object.entries(after).filter(
				([key, value]) => key in before || !(value === '' || value === null || value === undefined),
			),
		);
	}
	if (isPlainObject(before) && isPlainObject(after) && isMap(node) && sameKeys(before, after)) {
		for (const key of Object.keys(after))
			collectEdits(doc, [...path, key], before[key], after[key], edits);
		return;
	}
	if (Array.isArray(before) && Array.isArray(after) && isSeq(node)) {
		const items: unknown[] = after;
		if (
			!node.flow &&
			items.length > before.length &&
			before.every((item, index) => same(item, items[index]))
		) {
			edits.push({ kind: 'append', node, items: items.slice(before.length) });
			return;
		}
		if (before.length === items.length) {
			items.forEach((item, index) =>
				collectEdits(doc, [...path, index], before[index], item, edits),
			);
			return;
		}
	}
	if (isPlainObject(before) && isPlainObject(after)) {
		// Keys added or removed: keep the file's order, new keys last (CMSs reorder keys).
		const ordered: Record<string, unknown> = {};
		for (const key of Object.keys(before)) if (key in after) ordered[key] = after[key];
		for (const key of Object.keys(after)) if (!(key in before)) ordered[key] = after[key];
		after = ordered;
	}
	edits.push(node?.range ? { kind: 'replace', node, value: after } : { kind: 'whole' });
}

const lineStart = (source: string, index: number) => source.lastIndexOf('\n', index - 1) + 1;

/** A scalar written in the style it had: `"…"`, `'…'`, `>-` or plain. */
function renderScalar(node: Node, value: unknown, source: string): string {
	if (typeof value !== 'string') return new Document(value).toString().trimEnd();
	const type = isScalar(node) ? node.type : undefined;
	if ((type === 'BLOCK_FOLDED' || type === 'BLOCK_LITERAL') && !value.includes('\n')) {
		const [start] = node.range!;
		const header = source.slice(start, source.indexOf('\n', start));
		const firstLine = source.indexOf('\n', start) + 1;
		const indent = /^ */.exec(source.slice(firstLine))![0];
		return `${header}\n${indent}${value}`;
	}
	if (type === 'QUOTE_DOUBLE') return JSON.stringify(value);
	if (type === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
	return freshYaml(value).trimEnd();
}

/** A list or map written in the style it had: `[a, b]` and `{ lat, lng }` stay on one line. */
function renderCollection(node: Node, value: unknown, source: string): string {
	const [start] = node.range!;
	const padded = /^[[{] /.test(source.slice(start, start + 2));
	const doc = new Document(value);
	const flow = isCollection(node) && node.flow;
	if (flow) makeFlow(doc.contents);
	const text = doc.toString({ lineWidth: 0, flowCollectionPadding: padded }).trimEnd();
	if (flow) return text;
	const indent = ' '.repeat(start - lineStart(source, start));
	return text
		.split('\n')
		.map((line, index) => (index > 0 ? indent + line : line))
		.join('\n');
}

function makeFlow(node: unknown): void {
	if (!isCollection(node)) return;
	node.flow = true;
	for (const item of node.items as unknown[])
		makeFlow(isPlainObject(item) && 'value' in item ? item.value : item);
}
