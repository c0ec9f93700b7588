import {
	isAlias,
	isCollection,
	isMap,
	isPair,
	isScalar,
	isSeq,
	LineCounter,
	parseDocument,
	visit,
	type Document,
	type Node,
	type Scalar,
	type YAMLMap,
	type YAMLSeq,
} from 'yaml';
import type { Advice } from '../editor-messages/bilingual';
import { yamlAdvice } from '../editor-messages/yaml';
import { formatProblem, type Bilingual } from '../lib/content-problem';

/** A parsed YAML text that can say on which line a field is, for error messages. */
export interface YamlSource {
	data: unknown;
	/** 1-based line of the value at `path` (or of the nearest parent that exists). */
	lineOf(path: readonly (string | number)[]): number | undefined;
}

/** Why a YAML text was refused. */
export type YamlProblemCode =
	/** Not valid YAML (an unclosed quote, a tab, a key given twice, …). */
	| 'syntax'
	/** Larger than `maxBytes`, refused before it is parsed. */
	| 'too-large'
	/** `*name`, which repeats the part marked `&name`: a few lines can expand to gigabytes ("billion laughs"). */
	| 'alias'
	/** `<<:`, which copies the fields of another part of the file. */
	| 'merge-key'
	/** `!tag` or `!!tag` (`!!binary`, `!!js/function`, `!custom`, …), which turns text into something else. */
	| 'tag'
	/** A `%YAML` or `%TAG` line, which changes how the rest of the file is read. */
	| 'directive'
	/** An unquoted value that the build's YAML reader (js-yaml) reads as a date or a number and this one as text. */
	| 'ambiguous'
	/** Lists or fields nested deeper than `maxYamlDepth`. */
	| 'too-deep'
	/** Anything else that went wrong while reading: never thrown, always reported. */
	| 'unreadable';

/** A YAML text that cannot be used, with where it is and what to do, in both languages. */
export interface YamlSyntaxError {
	code: YamlProblemCode;
	line: number | undefined;
	/** One line in English, without any excerpt of the file. */
	message: string;
	what: Bilingual;
	fix: Bilingual;
}

/**
 * Largest YAML text accepted, in bytes (UTF-8). The bundled content's largest: provinces.yaml
 * 310 KB (77 provinces with intros and 234 registered products), a front matter 6.4 KB, a facts.yaml 1.8 KB.
 */
export const yamlSizeLimits = {
	/** facts.yaml, categories.yaml and a story's front matter. */
	default: 256 * 1024,
	/** provinces.yaml: all 77 provinces, each with its intro, signature and registered products. */
	provinces: 1024 * 1024,
} as const;

/** The size limit for a YAML file of the content: provinces.yaml has its own. */
export function yamlSizeLimitFor(file: string): number {
	return /(^|[\\/])provinces\.ya?ml$/.test(file)
		? yamlSizeLimits.provinces
		: yamlSizeLimits.default;
}

/** Deepest nesting of lists and fields accepted; the content needs 4, and Astro's reader stops at 100. */
export const maxYamlDepth = 20;

/** How an editor would have written a tag: `tag:yaml.org,2002:binary` => `!!binary`. */
const tagAsWritten = (tag: string) =>
	tag.startsWith('tag:yaml.org,2002:')
		? `!!${tag.slice('tag:yaml.org,2002:'.length)}`
		: tag.startsWith('!')
			? tag
			: `!<${tag}>`;

// js-yaml (Astro's reader) takes these unquoted values as a date or a number; YAML 1.2's core schema, as text.
const jsYamlDate =
	/^\d{4}-\d\d-\d\d$|^\d{4}-\d\d?-\d\d?(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?$/;
// Binary, hex and octal, and digits grouped with underscores (1_000).
const jsYamlNumber = /^[-+]?0(?:b[01]+|x[0-9a-fA-F]+|o[0-7]+)$|^[-+]?\d[\d_]*_[\d_]*(?:\.[\d_]*)?$/;
/** A number written so that both readers take it as the same number. */
const plainNumber = /^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/;

function problem(
	code: YamlProblemCode,
	line: number | undefined,
	{ what, fix }: Advice,
): YamlSyntaxError {
	return { code, line, message: what.en, what, fix };
}

/** The line of a node, shifted by the `lineOffset` given to {@link parseYamlSource}. */
type LineAt = (node: Node | null | undefined) => number | undefined;

/**
 * Parses YAML keeping positions. `lineOffset` shifts the lines, for front matter that starts on line 2.
 * Content is untrusted, so this refuses, as a problem with its line and never by throwing: a text
 * over `maxBytes`, aliases (`*name`) and merge keys (`<<`), every explicit tag (`!x`, `!!x`),
 * `%` directives, nesting deeper than {@link maxYamlDepth}, and unquoted values that Astro's own
 * YAML reader would take as a date or a number where this one reads text.
 * @example parseYamlSource('a:\n  b: 1\n').lineOf(['a', 'b']) // => 2
 */
export function parseYamlSource(
	text: string,
	lineOffset = 0,
	maxBytes: number = yamlSizeLimits.default,
): YamlSource | YamlSyntaxError {
	const bytes = Buffer.byteLength(text, 'utf8');
	if (bytes > maxBytes) {
		return problem('too-large', lineOffset + 1, yamlAdvice.tooLarge(bytes, maxBytes));
	}
	try {
		const lines = new LineCounter();
		const doc = parseDocument(text, {
			lineCounter: lines,
			prettyErrors: false,
			version: '1.2',
			schema: 'core',
			merge: false,
			uniqueKeys: true,
		});
		const lineAt: LineAt = (node) =>
			node?.range ? lines.linePos(node.range[0]).line + lineOffset : undefined;
		return (
			syntaxProblem(doc, lines, lineOffset) ??
			refusedNode(doc, text, lineAt, lineOffset) ??
			yamlSource(doc, lineAt)
		);
	} catch (error) {
		return thrownProblem(error);
	}
}

/** The first syntax error the library found, if any. */
function syntaxProblem(
	doc: Document.Parsed,
	lines: LineCounter,
	lineOffset: number,
): YamlSyntaxError | undefined {
	const [error] = doc.errors;
	if (!error) return undefined;
	const line = (error.linePos?.[0]?.line ?? lines.linePos(error.pos[0]).line) + lineOffset;
	// The library's message can quote the file after its first line: only the first line is shown.
	return problem('syntax', line, yamlAdvice.syntax(error.message.split('\n')[0] ?? ''));
}

/** Nothing in a content file may crash the check: whatever the library throws becomes a problem. */
function thrownProblem(error: unknown): YamlSyntaxError {
	return error instanceof RangeError
		? problem('too-deep', undefined, yamlAdvice.tooDeepToRead())
		: problem(
				'unreadable',
				undefined,
				yamlAdvice.unreadable(error instanceof Error ? error.name : 'error'),
			);
}

/** A document that passed every rule, as its data and the lines of its fields. */
function yamlSource(doc: Document.Parsed, lineAt: LineAt): YamlSource {
	return {
		data: doc.toJS({ maxAliasCount: 0 }) as unknown,
		lineOf: (path) => lineOfPath(doc, lineAt, path),
	};
}

/** The line of the value at `path`, or of the nearest parent that exists. */
function lineOfPath(
	doc: Document.Parsed,
	lineAt: LineAt,
	path: readonly (string | number)[],
): number | undefined {
	let node: unknown = doc.contents;
	let line = lineAt(doc.contents as Node);
	for (const key of path) {
		if (isMap(node)) {
			const pair = node.items.find(
				(item) => (item.key as { value?: unknown } | null)?.value === key,
			);
			if (!pair) break;
			line = lineAt(pair.key as Node) ?? line;
			node = pair.value;
		} else if (isSeq(node) && typeof key === 'number') {
			node = node.items[key];
			line = lineAt(node as Node) ?? line;
		} else break;
	}
	return line;
}

/** The first directive, alias, merge key, tag, date-like value or too deep nesting in the document. */
function refusedNode(
	doc: Document.Parsed,
	text: string,
	lineAt: LineAt,
	lineOffset: number,
): YamlSyntaxError | undefined {
	const directive = directiveProblem(doc, text, lineOffset);
	if (directive) return directive;
	let found: YamlSyntaxError | undefined;
	visit(doc, (_key, node, path) => {
		found = nodeProblem(node, path, text, lineAt);
		return found ? visit.BREAK : undefined;
	});
	return found;
}

/** A `%YAML` line, or a `%TAG` line for a handle other than `!!`, at the line of the first `%`. */
function directiveProblem(
	doc: Document.Parsed,
	text: string,
	lineOffset: number,
): YamlSyntaxError | undefined {
	const extraTagHandles = Object.keys(doc.directives?.tags ?? {}).some((handle) => handle !== '!!');
	if (!doc.directives?.yaml.explicit && !extraTagHandles) return undefined;
	const index = text.split('\n').findIndex((line) => line.startsWith('%'));
	return problem(
		'directive',
		index >= 0 ? index + 1 + lineOffset : lineOffset + 1,
		yamlAdvice.directive(),
	);
}

/** What is refused in one node of the document (`path` holds its ancestors), if anything. */
function nodeProblem(
	node: unknown,
	path: readonly unknown[],
	text: string,
	lineAt: LineAt,
): YamlSyntaxError | undefined {
	if (isAlias(node)) return problem('alias', lineAt(node), yamlAdvice.alias(node.source));
	if (isPair(node) && isScalar(node.key) && node.key.value === '<<')
		return problem('merge-key', lineAt(node.key), yamlAdvice.mergeKey());
	if ((isScalar(node) || isCollection(node)) && node.tag !== undefined)
		return tagProblem(node, path[path.length - 1], lineAt);
	if (isScalar(node) && node.type === 'PLAIN') return ambiguousProblem(node, text, lineAt);
	if (
		isCollection(node) &&
		path.filter((ancestor) => isCollection(ancestor)).length >= maxYamlDepth
	)
		return problem('too-deep', lineAt(node), yamlAdvice.nestedTooDeep(maxYamlDepth));
	return undefined;
}

/** An explicit tag, at the line of the field it is written after. */
function tagProblem(
	node: Scalar | YAMLMap | YAMLSeq,
	parent: unknown,
	lineAt: LineAt,
): YamlSyntaxError {
	// A block list or map starts on the line below its tag, which is written after the field's name.
	const line =
		isCollection(node) && isPair(parent) && parent.value === node
			? lineAt(parent.key as Node)
			: lineAt(node);
	return problem('tag', line, yamlAdvice.tag(tagAsWritten(node.tag!)));
}

/** An unquoted value that js-yaml (Astro's reader) and this reader read differently, if it is one. */
function ambiguousProblem(node: Scalar, text: string, lineAt: LineAt): YamlSyntaxError | undefined {
	const { value } = node;
	if (typeof value === 'string' && (jsYamlDate.test(value) || jsYamlNumber.test(value))) {
		return problem(
			'ambiguous',
			lineAt(node),
			jsYamlDate.test(value) ? yamlAdvice.readAsDate(value) : yamlAdvice.readAsNumber(value),
		);
	}
	const written = node.range ? text.slice(node.range[0], node.range[1]).trim() : undefined;
	if (typeof value === 'number' && written !== undefined && !plainNumber.test(written)) {
		// The other way round: `+.5`, `1_000` or `.inf` is a number here but text to js-yaml (or differs).
		return problem('ambiguous', lineAt(node), yamlAdvice.readDifferently(written));
	}
	return undefined;
}

export function isYamlSyntaxError(value: YamlSource | YamlSyntaxError): value is YamlSyntaxError {
	return 'message' in value;
}

/**
 * A `parser` for Astro's `file()` loader that applies the same rules as the check. Astro's loader
 * catches what a parser throws, logs only "Error reading data from …" and loads nothing, so the
 * problem is also printed here, in both languages, where the person building will see it.
 */
export function contentYamlParser(
	file: string,
	maxBytes: number = yamlSizeLimitFor(file),
): (text: string) => Record<string, Record<string, unknown>> | Record<string, unknown>[] {
	return (text) => {
		const source = parseYamlSource(text, 0, maxBytes);
		if (!isYamlSyntaxError(source)) return source.data as Record<string, unknown>[];
		const problem = {
			file,
			line: source.line,
			field: '(YAML)',
			what: source.what,
			fix: source.fix,
		};
		const message = `✗ ${formatProblem(problem, 'en')}\n  ${formatProblem(problem, 'th')}`;
		console.error(message);
		throw new Error(message);
	};
}
