import { svgAdvice, xmlName, type XmlName } from '../../editor-messages/svg';
import {
	allowedSvgAttributes,
	hrefElements,
	localId,
	namespaces,
	textAttribute,
} from './allowlists';
import { cssProblem } from './css';
import type { Findings, LineOf } from './findings';
import { decodeXml } from './xml';

/** An attribute being checked: its line, and its name and element as messages show them. */
interface Where {
	line: LineOf;
	shown: XmlName;
	element: XmlName;
}

const isHref = (name: string) => name === 'href' || name === 'xlink:href';

/**
 * Checks one attribute of an allowed element (`start` is where its start tag begins): event handlers
 * are refused, the name must be on the allowlist, and the value must be what its kind allows.
 */
export function checkAttribute(
	found: Findings,
	element: string,
	name: string,
	raw: string,
	start: number | undefined,
): void {
	const where: Where = {
		line: () => found.attributeLine(start, name),
		shown: xmlName(name),
		element: xmlName(element),
	};
	if (/^on/i.test(name)) {
		found.add(where.line, where.shown, svgAdvice.eventHandler(where.shown, where.element));
	} else if (!isAllowed(element, name)) {
		refuseName(found, name, where);
	} else {
		checkValue(found, name, raw, where);
	}
}

/** Whether `element` may carry an attribute called `name`: an `href` only on elements that link within the file. */
const isAllowed = (element: string, name: string) =>
	isHref(name) ? hrefElements.has(element) : allowedSvgAttributes.has(name) || textAttribute(name);

/** Reports an attribute that is not on the allowlist, saying what kind of attribute it is. */
function refuseName(found: Findings, name: string, { line, shown, element }: Where): void {
	if (isHref(name))
		found.add(line, `${element} ${shown}`, svgAdvice.linkNotAllowed(shown, element));
	else if (name.startsWith('xmlns:')) found.add(line, shown, svgAdvice.namespaceNotAllowed(shown));
	else if (name.includes(':')) found.add(line, shown, svgAdvice.foreignAttribute(shown, element));
	else found.add(line, shown, svgAdvice.attributeNotAllowed(shown, element));
}

/**
 * Checks an allowed attribute's value, decoded as a browser would: a link must stay within the
 * file, a namespace must be its own URI, and anything but plain text is read as CSS.
 */
function checkValue(found: Findings, name: string, raw: string, where: Where): void {
	const { line, shown, element } = where;
	const value = decodeXml(raw);
	if (value === undefined) {
		found.add(line, shown, svgAdvice.entityInAttribute(shown, element));
	} else if (isHref(name)) {
		if (!localId.test(value))
			found.add(line, `${element} ${shown}`, svgAdvice.linkOutside(shown, element));
	} else if (name in namespaces) {
		if (value !== namespaces[name]) found.add(line, shown, svgAdvice.namespaceValue(shown));
	} else if (!textAttribute(name)) {
		const css = cssProblem(value);
		if (css) found.add(line, shown, svgAdvice.cssInAttribute(css, shown, element));
	}
}
