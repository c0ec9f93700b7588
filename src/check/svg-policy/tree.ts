import type { Advice } from '../../editor-messages/bilingual';
import { svgAdvice, xmlName, type XmlName } from '../../editor-messages/svg';
import { allowedSvgElements } from './allowlists';
import { checkAttribute } from './attributes';
import { cssProblem } from './css';
import type { Findings } from './findings';
import { decodeXml, innerText, nodeKey, nodeStart, type XmlNode } from './xml';

/** The element that holds the nodes being checked: its name and where its start tag begins. */
interface Parent {
	name: string;
	start: number | undefined;
}

/**
 * Checks the parsed tree, node by node, against the allowlists; `parent` is undefined at the top of
 * the file. What is inside a refused element is not looked at: it is refused with it.
 */
export function checkNodes(found: Findings, nodes: XmlNode[], parent: Parent | undefined): void {
	for (const node of nodes) {
		const key = nodeKey(node);
		if (key === undefined) continue;
		const children = node[key] as XmlNode[];
		if (key === '#text') checkText(found, String(node[key]), parent);
		else if (key === '#comment') checkComment(found, children, parent);
		else if (key === '#cdata') checkCdata(found, children, parent);
		// Processing instructions were all reported from the text (prolog.ts).
		else if (!key.startsWith('?')) checkElement(found, node, key, nodes, parent);
	}
}

/** Text: none outside the root element, no undeclared entity, and the CSS of a `<style>`. */
function checkText(found: Findings, raw: string, parent: Parent | undefined): void {
	if (parent === undefined) {
		if (raw.trim()) found.add(undefined, '(text)', svgAdvice.textOutsideSvg());
		return;
	}
	const value = decodeXml(raw);
	if (value === undefined)
		found.add(found.lineAt(parent.start), '&…;', svgAdvice.entityInText(xmlName(parent.name)));
	else if (parent.name === 'style') checkStyleText(found, value, parent);
}

/** A comment is inert, but one holding markup is what a hidden script looks like. */
function checkComment(found: Findings, children: XmlNode[], parent: Parent | undefined): void {
	if (innerText(children).includes('<'))
		found.add(found.lineAt(parent?.start), '<!--', svgAdvice.commentWithMarkup());
}

/** A CDATA section may only hold the CSS of a `<style>`. */
function checkCdata(found: Findings, children: XmlNode[], parent: Parent | undefined): void {
	if (parent?.name === 'style') checkStyleText(found, innerText(children), parent);
	else
		found.add(
			found.lineAt(parent?.start),
			'<![CDATA[',
			svgAdvice.cdataOutsideStyle(xmlName(parent?.name ?? '?')),
		);
}

/** The CSS of a `<style>` (its text or its CDATA section). */
function checkStyleText(found: Findings, css: string, style: Parent): void {
	const problem = cssProblem(css);
	if (problem) found.add(found.lineAt(style.start), 'style', svgAdvice.cssInStyle(problem));
}

/** An element: on the allowlist, then each of its attributes, then what it holds. */
function checkElement(
	found: Findings,
	node: XmlNode,
	name: string,
	siblings: XmlNode[],
	parent: Parent | undefined,
): void {
	const start = nodeStart(node);
	const children = node[name] as XmlNode[];
	const shown = xmlName(name);
	const line = found.lineAt(start);
	if (parent === undefined) checkTopLevel(found, name, siblings, line);
	if (name === 'style' && inPieces(children)) found.add(line, shown, svgAdvice.styleInPieces());
	if (!allowedSvgElements.has(name)) {
		found.add(line, shown, refusedElement(name, shown));
		return;
	}
	const attributes = (node[':@'] ?? {}) as Record<string, unknown>;
	for (const [attribute, value] of Object.entries(attributes))
		checkAttribute(found, name, attribute, String(value), start);
	checkNodes(found, children, { name, start });
}

/** The top of the file holds one element, `<svg>`. */
function checkTopLevel(
	found: Findings,
	name: string,
	siblings: XmlNode[],
	line: number | undefined,
): void {
	const shown = xmlName(name);
	if (name !== 'svg') found.add(line, shown, svgAdvice.topLevelNotSvg(shown));
	else if (siblings.filter(isElement).length > 1)
		found.add(line, shown, svgAdvice.severalTopLevel());
}

const isElement = (node: XmlNode) =>
	!Object.keys(node).some((key) => key.startsWith('?') || key.startsWith('#'));

/**
 * Whether a `<style>` is written in several pieces. The browser reads a `<style>` as the joined text
 * of its pieces, comments left out, so `url<!---->(…)` or `url<![CDATA[…]]>` would slip past a
 * check of each piece: one piece only.
 */
function inPieces(children: XmlNode[]): boolean {
	const pieces = children.filter(
		(child) =>
			'#comment' in child ||
			'#cdata' in child ||
			('#text' in child && String(child['#text']).trim() !== ''),
	);
	return pieces.length > 1 || pieces.some((child) => '#comment' in child);
}

/** Why an element that is not on the allowlist is refused, naming the dangerous ones. */
function refusedElement(name: string, shown: XmlName): Advice {
	const local = name.split(':').pop()!.toLowerCase();
	if (name.includes(':'))
		return local === 'script' ? svgAdvice.foreignScript(shown) : svgAdvice.foreignElement(shown);
	if (local === 'script') return svgAdvice.script();
	if (local === 'foreignobject') return svgAdvice.foreignObject();
	if (['image', 'feimage'].includes(local)) return svgAdvice.loadsFile(shown);
	if (/^(animate|animatemotion|animatetransform|set|mpath|discard)$/.test(local))
		return svgAdvice.animation(shown);
	return svgAdvice.elementNotAllowed(shown);
}
