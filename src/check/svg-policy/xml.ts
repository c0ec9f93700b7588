import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { svgAdvice } from '../../editor-messages/svg';
import type { Findings } from './findings';

/**
 * Reading the SVG as XML: fast-xml-parser's validator and its ordered tree, with nothing resolved
 * (no entities, no values parsed), so that every part of the file reaches the checks as written.
 */

/** A node of fast-xml-parser's ordered tree: `{ name: children, ':@': attributes }`, or `#text`, `#comment`, `#cdata`, `?pi`. */
export type XmlNode = Record<string | symbol, unknown>;

const parser = new XMLParser({
	preserveOrder: true,
	ignoreAttributes: false,
	attributeNamePrefix: '',
	allowBooleanAttributes: false,
	processEntities: false,
	htmlEntities: false,
	trimValues: false,
	parseTagValue: false,
	parseAttributeValue: false,
	removeNSPrefix: false,
	ignoreDeclaration: false,
	ignorePiTags: false,
	commentPropName: '#comment',
	cdataPropName: '#cdata',
	captureMetaData: true,
});
const metaData = XMLParser.getMetaDataSymbol() as unknown as symbol;

/** The tree of a well-formed text; undefined, with the problem reported, when it is not XML. */
export function parseSvg(found: Findings): XmlNode[] | undefined {
	const invalid = XMLValidator.validate(found.text, { allowBooleanAttributes: false });
	if (invalid !== true) {
		// The validator's message can quote names from the file; only its position is kept.
		found.add(invalid.err.line, '(XML)', svgAdvice.malformed());
		return undefined;
	}
	try {
		return parser.parse(found.text) as XmlNode[];
	} catch {
		found.add(undefined, '(XML)', svgAdvice.unparseable());
		return undefined;
	}
}

/** What a node is: an element's name, `#text`, `#comment`, `#cdata` or `?target`. */
export const nodeKey = (node: XmlNode) => Object.keys(node).find((key) => key !== ':@');

/** Where the node starts in the text, when the parser knows it. */
export const nodeStart = (node: XmlNode) =>
	(node[metaData] as { startIndex?: number } | undefined)?.startIndex;

/** The text of a comment's or CDATA section's children. */
export const innerText = (children: XmlNode[]) =>
	children.map((child) => String(child['#text'] ?? '')).join('');

const xmlEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML character and entity references as a browser would; undefined if it holds any other `&…` (an undeclared entity). */
export function decodeXml(raw: string): string | undefined {
	let bad = false;
	const decoded = raw.replace(
		/&(#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z][\w.-]*);|&/g,
		(all, ref: string | undefined) => {
			if (ref === undefined) return ((bad = true), '');
			if (ref in xmlEntities) return xmlEntities[ref]!;
			if (ref.startsWith('#')) {
				const code =
					ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
				if (code > 0 && code <= 0x10ffff) return String.fromCodePoint(code);
			}
			bad = true;
			return all;
		},
	);
	return bad ? undefined : decoded;
}
