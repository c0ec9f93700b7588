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
} from 'yaml';
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
 * 22 KB (77 provinces, intros for 6), a front matter 6.4 KB, a facts.yaml 1.8 KB.
 */
export const yamlSizeLimits = {
	/** facts.yaml, categories.yaml and a story's front matter. */
	default: 256 * 1024,
	/** provinces.yaml: all 77 provinces, with room for an intro and signature products for each. */
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

const kb = (bytes: number) => Math.ceil(bytes / 1024);

/** A short, printable rendering of something taken from the file (an alias name, a tag). */
const shown = (text: string, max = 40) => {
	const clean = text.replace(/[\p{C}]/gu, '?');
	return [...clean].length > max ? `${[...clean].slice(0, max).join('')}…` : clean;
};

/** How an editor would have written a tag: `tag:yaml.org,2002:binary` => `!!binary`. */
const tagAsWritten = (tag: string) =>
	shown(
		tag.startsWith('tag:yaml.org,2002:')
			? `!!${tag.slice('tag:yaml.org,2002:'.length)}`
			: tag.startsWith('!')
				? tag
				: `!<${tag}>`,
	);

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
	what: Bilingual,
	fix: Bilingual,
): YamlSyntaxError {
	return { code, line, message: what.en, what, fix };
}

const syntaxFix: Bilingual = {
	en: 'check indentation (spaces, not tabs), colons after field names, and that quotes are closed.',
	th: 'ตรวจการย่อหน้า (ใช้เว้นวรรค ไม่ใช้แท็บ) เครื่องหมาย : หลังชื่อช่อง และเครื่องหมายคำพูดที่ต้องปิดให้ครบ',
};

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
		return problem(
			'too-large',
			lineOffset + 1,
			{
				en: `the YAML is ${kb(bytes)} KB, more than the ${kb(maxBytes)} KB allowed`,
				th: `YAML มีขนาด ${kb(bytes)} KB เกินกว่าที่อนุญาต ${kb(maxBytes)} KB`,
			},
			{
				en: 'keep only the fields this file needs, with short texts; a long text belongs in the story, below the front matter.',
				th: 'ใส่เฉพาะช่องข้อมูลที่ไฟล์นี้ต้องใช้ และเขียนข้อความให้สั้น ข้อความยาวให้เขียนในเนื้อเรื่องใต้ส่วนหัว (front matter)',
			},
		);
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
		const lineAt = (node: Node | null | undefined) =>
			node?.range ? lines.linePos(node.range[0]).line + lineOffset : undefined;
		const [error] = doc.errors;
		if (error) {
			const line = (error.linePos?.[0]?.line ?? lines.linePos(error.pos[0]).line) + lineOffset;
			// The library's message can quote the file after its first line; keep only the first line, shortened.
			const message = shown(error.message.split('\n')[0] ?? '', 160);
			return problem(
				'syntax',
				line,
				{ en: `the YAML cannot be read: ${message}`, th: `อ่าน YAML ไม่ได้: ${message}` },
				syntaxFix,
			);
		}
		const refused = refusedNode(doc, text, lineAt, lineOffset);
		if (refused) return refused;
		const data: unknown = doc.toJS({ maxAliasCount: 0 });
		return {
			data,
			lineOf(path) {
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
			},
		};
	} catch (error) {
		// Nothing in a content file may crash the check: whatever the library throws becomes a problem.
		const tooDeep = error instanceof RangeError;
		return problem(
			tooDeep ? 'too-deep' : 'unreadable',
			undefined,
			tooDeep
				? { en: 'the YAML is nested too deeply to be read', th: 'YAML ซ้อนกันหลายชั้นเกินกว่าจะอ่านได้' }
				: {
						en: `the YAML cannot be read (${shown(error instanceof Error ? error.name : 'error')})`,
						th: `อ่าน YAML ไม่ได้ (${shown(error instanceof Error ? error.name : 'error')})`,
					},
			syntaxFix,
		);
	}
}

/** The first alias, merge key, tag, directive, date-like value or too deep nesting in the document. */
function refusedNode(
	doc: Document.Parsed,
	text: string,
	lineAt: (node: Node | null | undefined) => number | undefined,
	lineOffset: number,
): YamlSyntaxError | undefined {
	const extraTagHandles = Object.keys(doc.directives?.tags ?? {}).some((handle) => handle !== '!!');
	if (doc.directives?.yaml.explicit || extraTagHandles) {
		const index = text.split('\n').findIndex((line) => line.startsWith('%'));
		return problem(
			'directive',
			index >= 0 ? index + 1 + lineOffset : lineOffset + 1,
			{
				en: 'a line starting with % (a YAML directive) changes how the file is read, and is not allowed',
				th: 'บรรทัดที่ขึ้นต้นด้วย % (YAML directive) เปลี่ยนวิธีอ่านไฟล์ จึงไม่อนุญาตให้ใช้',
			},
			{ en: 'remove the line that starts with %.', th: 'ลบบรรทัดที่ขึ้นต้นด้วย % ออก' },
		);
	}
	let found: YamlSyntaxError | undefined;
	visit(doc, (_key, node, path) => {
		if (isAlias(node)) {
			const name = shown(node.source);
			found = problem(
				'alias',
				lineAt(node),
				{
					en: `"*${name}" repeats another part of the file (a YAML alias), which is not allowed`,
					th: `"*${name}" เป็นการอ้างซ้ำส่วนอื่นของไฟล์ (YAML alias) ซึ่งไม่อนุญาตให้ใช้`,
				},
				{
					en: `write the value out in full instead of *${name}, and remove &${name}; if the text starts with * or &, put it in quotes.`,
					th: `เขียนค่านั้นให้ครบแทน *${name} และลบ &${name} ออก ถ้าข้อความขึ้นต้นด้วย * หรือ & ให้ใส่ไว้ในเครื่องหมายคำพูด`,
				},
			);
		} else if (isPair(node) && isScalar(node.key) && node.key.value === '<<') {
			found = problem(
				'merge-key',
				lineAt(node.key),
				{
					en: '"<<" copies fields from another part of the file (a YAML merge key), which is not allowed',
					th: '"<<" เป็นการคัดลอกช่องข้อมูลจากส่วนอื่นของไฟล์ (YAML merge key) ซึ่งไม่อนุญาตให้ใช้',
				},
				{ en: 'write each field out in full here.', th: 'เขียนแต่ละช่องข้อมูลให้ครบในตำแหน่งนี้' },
			);
		} else if ((isScalar(node) || isCollection(node)) && node.tag !== undefined) {
			const tag = tagAsWritten(node.tag);
			// A block list or map starts on the line below its tag, which is written after the field's name.
			const parent = path[path.length - 1];
			found = problem(
				'tag',
				isCollection(node) && isPair(parent) && parent.value === node
					? lineAt(parent.key as Node)
					: lineAt(node),
				{ en: `the YAML tag "${tag}" is not allowed`, th: `ไม่อนุญาตให้ใช้แท็ก YAML "${tag}"` },
				{
					en: `remove "${tag}" and write plain text, a number, true or false, a list or fields; if the text starts with !, put it in quotes.`,
					th: `ลบ "${tag}" ออก แล้วเขียนเป็นข้อความ ตัวเลข true หรือ false รายการ หรือช่องข้อมูลธรรมดา ถ้าข้อความขึ้นต้นด้วย ! ให้ใส่ไว้ในเครื่องหมายคำพูด`,
				},
			);
		} else if (
			isScalar(node) &&
			node.type === 'PLAIN' &&
			typeof node.value === 'string' &&
			(jsYamlDate.test(node.value) || jsYamlNumber.test(node.value))
		) {
			const value = shown(node.value);
			const date = jsYamlDate.test(node.value);
			found = problem(
				'ambiguous',
				lineAt(node),
				date
					? {
							en: `${value} without quotes is read as a date by the site build, but as text by the check`,
							th: `${value} ที่ไม่มีเครื่องหมายคำพูด จะถูกอ่านเป็นวันที่ตอน build แต่เป็นข้อความตอนตรวจ`,
						}
					: {
							en: `${value} without quotes is read as a number by the site build, but as text by the check`,
							th: `${value} ที่ไม่มีเครื่องหมายคำพูด จะถูกอ่านเป็นตัวเลขตอน build แต่เป็นข้อความตอนตรวจ`,
						},
				{ en: `put it in quotes: "${value}".`, th: `ใส่ไว้ในเครื่องหมายคำพูด: "${value}"` },
			);
		} else if (
			isScalar(node) &&
			node.type === 'PLAIN' &&
			typeof node.value === 'number' &&
			node.range &&
			!plainNumber.test(text.slice(node.range[0], node.range[1]).trim())
		) {
			// The other way round: `+.5`, `1_000` or `.inf` is a number here but text to js-yaml (or differs).
			const value = shown(text.slice(node.range[0], node.range[1]).trim());
			found = problem(
				'ambiguous',
				lineAt(node),
				{
					en: `${value} is not read the same way by the check and the site build`,
					th: `${value} ถูกอ่านไม่เหมือนกันระหว่างการตรวจและการ build`,
				},
				{
					en: 'write the number plainly, such as 18.5 or -3, or put text in quotes.',
					th: 'เขียนตัวเลขแบบธรรมดา เช่น 18.5 หรือ -3 หรือใส่ข้อความไว้ในเครื่องหมายคำพูด',
				},
			);
		} else if (
			isCollection(node) &&
			path.filter((ancestor) => isCollection(ancestor)).length >= maxYamlDepth
		) {
			found = problem(
				'too-deep',
				lineAt(node),
				{
					en: `lists and fields are nested more than ${maxYamlDepth} levels deep`,
					th: `รายการและช่องข้อมูลซ้อนกันเกิน ${maxYamlDepth} ชั้น`,
				},
				{
					en: 'check the indentation and the [ ] and { } brackets: no field of the content is nested that deep.',
					th: 'ตรวจการย่อหน้าและวงเล็บ [ ] กับ { } เพราะไม่มีช่องข้อมูลใดที่ต้องซ้อนลึกขนาดนั้น',
				},
			);
		}
		return found ? visit.BREAK : undefined;
	});
	return found;
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
