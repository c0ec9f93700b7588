import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Bilingual, ContentProblem } from '../lib/content-problem';
import { cssFlaw, svgAdvice, svgReport, xmlName } from '../editor-messages/svg';
import type { Advice } from '../editor-messages/bilingual';

/**
 * What an SVG picture in `content/` may contain: an allowlist of static drawing elements and their
 * attributes, checked on a real XML parse (fast-xml-parser), not on a pattern over the text.
 * Anything not listed is refused, so a picture is inert wherever it is opened: in a page, on its
 * own, or rasterized for a share image. Used by `npm run check` and, inside the build, by
 * `src/integrations/content-guard.ts`.
 *
 * Problems name the offending element or attribute (through `xmlName()`: sanitised and cut short)
 * and its line; they never quote the file's text, so a message can never leak what a file contains.
 * Their wording lives in `src/editor-messages/svg.ts`.
 */

/** One thing an SVG may not contain. */
export interface SvgProblem {
	/** 1-based line in the SVG file, when known. */
	line: number | undefined;
	/** The element or attribute, as `xmlName()` shows it: `script`, `use href`, `onload`, `<!DOCTYPE>`. */
	name: string;
	what: Bilingual;
	fix: Bilingual;
}

const feElements = [
	'feBlend',
	'feColorMatrix',
	'feComponentTransfer',
	'feComposite',
	'feConvolveMatrix',
	'feDiffuseLighting',
	'feDisplacementMap',
	'feDistantLight',
	'feDropShadow',
	'feFlood',
	'feFuncA',
	'feFuncB',
	'feFuncG',
	'feFuncR',
	'feGaussianBlur',
	'feMerge',
	'feMergeNode',
	'feMorphology',
	'feOffset',
	'fePointLight',
	'feSpecularLighting',
	'feSpotLight',
	'feTile',
	'feTurbulence',
];

/**
 * Static drawing vocabulary. Not here, so refused: script, foreignObject, a, image, feImage (it
 * loads a file), animate/set/animateMotion/animateTransform/mpath/discard (they can rewrite an
 * href at run time), SVG fonts, cursor, switch, view, iframe/video/audio/canvas.
 * `metadata` is allowed: it is never rendered, and anything inside it meets the same rules (so the
 * RDF that some editors write there, being namespaced, is refused).
 */
export const allowedSvgElements: ReadonlySet<string> = new Set([
	'svg',
	'g',
	'defs',
	'symbol',
	'use',
	'title',
	'desc',
	'metadata',
	'style',
	'path',
	'rect',
	'circle',
	'ellipse',
	'line',
	'polyline',
	'polygon',
	'text',
	'tspan',
	'textPath',
	'linearGradient',
	'radialGradient',
	'stop',
	'clipPath',
	'mask',
	'pattern',
	'marker',
	'filter',
	...feElements,
]);

/** Elements whose `href` (or `xlink:href`) may point at another element of the same file, `#id`. */
const hrefElements = new Set([
	'use',
	'textPath',
	'linearGradient',
	'radialGradient',
	'pattern',
	'filter',
]);

/** Attributes any allowed element may carry: core, geometry, presentation, gradients, patterns, markers, filters. */
export const allowedSvgAttributes: ReadonlySet<string> = new Set([
	// core, accessibility and namespace declarations (their values are checked below)
	'id',
	'class',
	'style',
	'lang',
	'role',
	'focusable',
	'xml:space',
	'xml:lang',
	'xmlns',
	'xmlns:xlink',
	'xmlns:svg',
	'version',
	'baseProfile',
	// viewport and geometry
	'viewBox',
	'preserveAspectRatio',
	'width',
	'height',
	'x',
	'y',
	'x1',
	'y1',
	'x2',
	'y2',
	'cx',
	'cy',
	'r',
	'rx',
	'ry',
	'fx',
	'fy',
	'fr',
	'd',
	'points',
	'pathLength',
	'transform',
	'dx',
	'dy',
	'rotate',
	'textLength',
	'lengthAdjust',
	'startOffset',
	'method',
	'spacing',
	'side',
	// gradients, patterns, clipping, masking, markers
	'gradientUnits',
	'gradientTransform',
	'spreadMethod',
	'offset',
	'patternUnits',
	'patternContentUnits',
	'patternTransform',
	'clipPathUnits',
	'maskUnits',
	'maskContentUnits',
	'markerWidth',
	'markerHeight',
	'markerUnits',
	'refX',
	'refY',
	'orient',
	// filters and their primitives
	'filterUnits',
	'primitiveUnits',
	'in',
	'in2',
	'result',
	'stdDeviation',
	'edgeMode',
	'mode',
	'type',
	'values',
	'operator',
	'k1',
	'k2',
	'k3',
	'k4',
	'kernelMatrix',
	'order',
	'divisor',
	'bias',
	'targetX',
	'targetY',
	'preserveAlpha',
	'kernelUnitLength',
	'surfaceScale',
	'diffuseConstant',
	'specularConstant',
	'specularExponent',
	'scale',
	'xChannelSelector',
	'yChannelSelector',
	'radius',
	'baseFrequency',
	'numOctaves',
	'seed',
	'stitchTiles',
	'azimuth',
	'elevation',
	'z',
	'pointsAtX',
	'pointsAtY',
	'pointsAtZ',
	'limitingConeAngle',
	'tableValues',
	'slope',
	'intercept',
	'amplitude',
	'exponent',
	// <style media="…">
	'media',
	// presentation attributes
	'alignment-baseline',
	'baseline-shift',
	'clip',
	'clip-path',
	'clip-rule',
	'color',
	'color-interpolation',
	'color-interpolation-filters',
	'color-rendering',
	'direction',
	'display',
	'dominant-baseline',
	'enable-background',
	'fill',
	'fill-opacity',
	'fill-rule',
	'filter',
	'flood-color',
	'flood-opacity',
	'font',
	'font-family',
	'font-size',
	'font-size-adjust',
	'font-stretch',
	'font-style',
	'font-variant',
	'font-weight',
	'glyph-orientation-horizontal',
	'glyph-orientation-vertical',
	'image-rendering',
	'isolation',
	'kerning',
	'letter-spacing',
	'lighting-color',
	'marker',
	'marker-start',
	'marker-mid',
	'marker-end',
	'mask',
	'mask-type',
	'mix-blend-mode',
	'opacity',
	'overflow',
	'paint-order',
	'pointer-events',
	'shape-rendering',
	'stop-color',
	'stop-opacity',
	'stroke',
	'stroke-dasharray',
	'stroke-dashoffset',
	'stroke-linecap',
	'stroke-linejoin',
	'stroke-miterlimit',
	'stroke-opacity',
	'stroke-width',
	'text-anchor',
	'text-decoration',
	'text-rendering',
	'transform-origin',
	'transform-box',
	'unicode-bidi',
	'vector-effect',
	'visibility',
	'white-space',
	'word-spacing',
	'writing-mode',
]);

/** Plain-text attributes: never read as CSS or as a URL, so only their names are checked. */
const textAttribute = (name: string) =>
	/^(aria-[a-z]+|data-[a-z0-9][a-z0-9-]*)$/.test(name) ||
	['id', 'class', 'role', 'lang', 'xml:lang'].includes(name);

const namespaces: Record<string, string> = {
	xmlns: 'http://www.w3.org/2000/svg',
	'xmlns:xlink': 'http://www.w3.org/1999/xlink',
	// Inkscape's "Plain SVG" always declares it; prefixed elements (svg:script) stay refused.
	'xmlns:svg': 'http://www.w3.org/2000/svg',
};

/** A reference to an element of the same file. */
const localId = /^#[A-Za-z_][\w.:-]*$/;

/** CSS functions a style or presentation attribute may call: colours, maths, transforms, filters, selectors. `url()` only as `url(#id)`. */
const cssFunctions = new Set([
	'rgb',
	'rgba',
	'hsl',
	'hsla',
	'hwb',
	'lab',
	'lch',
	'oklab',
	'oklch',
	'color',
	'color-mix',
	'calc',
	'min',
	'max',
	'clamp',
	'var',
	'url',
	'matrix',
	'matrix3d',
	'translate',
	'translatex',
	'translatey',
	'translatez',
	'translate3d',
	'scale',
	'scalex',
	'scaley',
	'scalez',
	'scale3d',
	'rotate',
	'rotatex',
	'rotatey',
	'rotatez',
	'rotate3d',
	'skew',
	'skewx',
	'skewy',
	'perspective',
	'cubic-bezier',
	'steps',
	'blur',
	'brightness',
	'contrast',
	'drop-shadow',
	'grayscale',
	'hue-rotate',
	'invert',
	'opacity',
	'saturate',
	'sepia',
	'linear-gradient',
	'radial-gradient',
	'conic-gradient',
	'repeating-linear-gradient',
	'repeating-radial-gradient',
	'repeating-conic-gradient',
	'not',
	'is',
	'where',
	'has',
	'lang',
	'nth-child',
	'nth-last-child',
	'nth-of-type',
	'nth-last-of-type',
]);
/** CSS at-rules a `<style>` may hold; `@import`, `@font-face` and `@namespace` load or declare things, so they are refused. */
const cssAtRules = new Set(['media', 'keyframes', 'supports']);

/** What is wrong with a piece of CSS (a style attribute, a `<style>`, or a presentation attribute), or undefined if nothing. */
function cssProblem(css: string): Bilingual | undefined {
	if (css.includes('\\')) return cssFlaw.backslash();
	if (/(java|vb)script\s*:/i.test(css)) return cssFlaw.scriptAddress();
	if (/\bexpression\s*\(/i.test(css)) return cssFlaw.expression();
	for (const [, rule] of css.matchAll(/@([\w-]*)/g)) {
		if (!cssAtRules.has(rule!.toLowerCase())) return cssFlaw.atRule(xmlName(rule!));
	}
	for (const match of css.matchAll(/([A-Za-z_-][\w-]*)\(/g)) {
		const name = match[1]!.toLowerCase();
		if (!cssFunctions.has(name)) return cssFlaw.cssFunction(xmlName(name));
		if (name === 'url') {
			const rest = css.slice(match.index + match[0].length);
			const close = rest.indexOf(')');
			const target =
				close < 0
					? ''
					: rest
							.slice(0, close)
							.trim()
							.replace(/^(['"])(.*)\1$/, '$2');
			if (!localId.test(target)) return cssFlaw.outsideUrl();
		}
	}
	return undefined;
}

const xmlEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML character and entity references as a browser would; undefined if it holds any other `&…` (an undeclared entity). */
function decodeXml(raw: string): string | undefined {
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

type XmlNode = Record<string | symbol, unknown>;

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

/** At most this many problems per file: enough to fix, and a huge hostile file cannot flood a report. */
const maxProblems = 100;

/**
 * Everything in an SVG that is not allowed, with the line of each; an empty list when it is fine.
 * @example svgProblems('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>')[0]?.name // => 'script'
 */
export function svgProblems(svg: string): SvgProblem[] {
	const text = svg.startsWith('\uFEFF') ? svg.slice(1) : svg;
	const problems: SvgProblem[] = [];
	const lineStarts = [0];
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
	const lineAt = (index: number | undefined) => {
		if (index === undefined || index < 0) return undefined;
		let low = 0;
		let high = lineStarts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (lineStarts[mid]! <= index) low = mid;
			else high = mid - 1;
		}
		return low + 1;
	};
	/** `line` may be a function: an attribute's line is only looked for when something is wrong with it. */
	const add = (
		line: number | undefined | (() => number | undefined),
		name: string,
		{ what, fix }: Advice,
	) => {
		if (problems.length < maxProblems)
			problems.push({ line: typeof line === 'function' ? line() : line, name, what, fix });
	};

	// Declarations and processing instructions, found on the text itself so that none can hide from the parser:
	// only the XML declaration at the very start, comments and CDATA sections may open with `<!` or `<?`.
	let declared = false;
	for (const match of text.matchAll(/<!(?!--|\[CDATA\[)([A-Za-z]*)/g)) {
		declared = true;
		const keyword = xmlName(match[1]!.toUpperCase());
		add(lineAt(match.index), `<!${keyword}>`, svgAdvice.declaration(keyword));
	}
	if (declared) return problems;
	for (const match of text.matchAll(/<\?([^\s?>]*)/g)) {
		const declaration =
			match.index === 0 && match[1] === 'xml'
				? /^<\?xml(\s+[\w:-]+\s*=\s*("[^"]*"|'[^']*'))*\s*\?>/.exec(text)
				: null;
		if (declaration) {
			const encoding = /\sencoding\s*=\s*["']([^"']*)["']/.exec(declaration[0])?.[1];
			if (encoding !== undefined && !/^utf-?8$/i.test(encoding))
				add(1, 'encoding', svgAdvice.encoding());
			continue;
		}
		const target = xmlName(match[1]!);
		add(lineAt(match.index), `<?${target}?>`, svgAdvice.processingInstruction(target));
	}

	const invalid = XMLValidator.validate(text, { allowBooleanAttributes: false });
	if (invalid !== true) {
		// The validator's message can quote names from the file; only its position is kept.
		add(invalid.err.line, '(XML)', svgAdvice.malformed());
		return problems;
	}
	let tree: XmlNode[];
	try {
		tree = parser.parse(text) as XmlNode[];
	} catch {
		add(undefined, '(XML)', svgAdvice.unparseable());
		return problems;
	}

	/** The line of an attribute inside the start tag at `start` (start tags can span lines). */
	const attributeLine = (start: number | undefined, name: string) => {
		if (start === undefined) return undefined;
		const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		const found = new RegExp(`\\s${escaped}\\s*=`, 'g');
		found.lastIndex = start;
		return lineAt(found.exec(text)?.index ?? start);
	};

	const checkAttribute = (
		element: string,
		name: string,
		raw: string,
		start: number | undefined,
	) => {
		const line = () => attributeLine(start, name);
		const shown = xmlName(name);
		const where = xmlName(element);
		if (/^on/i.test(name)) {
			add(line, shown, svgAdvice.eventHandler(shown, where));
			return;
		}
		const isHref = name === 'href' || name === 'xlink:href';
		const allowed = isHref
			? hrefElements.has(element)
			: allowedSvgAttributes.has(name) || textAttribute(name);
		if (!allowed) {
			if (isHref) add(line, `${where} ${shown}`, svgAdvice.linkNotAllowed(shown, where));
			else if (name.includes(':') && !name.startsWith('xmlns:'))
				add(line, shown, svgAdvice.foreignAttribute(shown, where));
			else if (name.startsWith('xmlns:')) add(line, shown, svgAdvice.namespaceNotAllowed(shown));
			else add(line, shown, svgAdvice.attributeNotAllowed(shown, where));
			return;
		}
		const value = decodeXml(raw);
		if (value === undefined) {
			add(line, shown, svgAdvice.entityInAttribute(shown, where));
		} else if (isHref) {
			if (!localId.test(value)) add(line, `${where} ${shown}`, svgAdvice.linkOutside(shown, where));
		} else if (name in namespaces) {
			if (value !== namespaces[name]) add(line, shown, svgAdvice.namespaceValue(shown));
		} else if (!textAttribute(name)) {
			const css = cssProblem(value);
			if (css) add(line, shown, svgAdvice.cssInAttribute(css, shown, where));
		}
	};

	/** The CSS of a <style> (its text or its CDATA section). */
	const checkStyleText = (css: string, start: number | undefined) => {
		const problem = cssProblem(css);
		if (problem) add(lineAt(start), 'style', svgAdvice.cssInStyle(problem));
	};

	/** Walks the parsed tree; `parent` is the enclosing element's name. */
	const walk = (nodes: XmlNode[], parent: string | undefined, parentStart: number | undefined) => {
		for (const node of nodes) {
			const key = Object.keys(node).find((k) => k !== ':@');
			if (key === undefined) continue;
			const children = node[key] as XmlNode[];
			const start = (node[metaData] as { startIndex?: number } | undefined)?.startIndex;
			if (key === '#text') {
				const raw = String(node[key]);
				if (parent === undefined) {
					if (raw.trim()) add(lineAt(parentStart), '(text)', svgAdvice.textOutsideSvg());
					continue;
				}
				const value = decodeXml(raw);
				if (value === undefined)
					add(lineAt(parentStart), '&…;', svgAdvice.entityInText(xmlName(parent)));
				else if (parent === 'style') checkStyleText(value, parentStart);
				continue;
			}
			if (key === '#comment') {
				// A comment is inert, but one holding markup is what a hidden script looks like.
				const inner = children.map((child) => String(child['#text'] ?? '')).join('');
				if (inner.includes('<')) add(lineAt(parentStart), '<!--', svgAdvice.commentWithMarkup());
				continue;
			}
			if (key === '#cdata') {
				const inner = children.map((child) => String(child['#text'] ?? '')).join('');
				if (parent !== 'style')
					add(
						lineAt(parentStart),
						'<![CDATA[',
						svgAdvice.cdataOutsideStyle(xmlName(parent ?? '?')),
					);
				else checkStyleText(inner, parentStart);
				continue;
			}
			if (key.startsWith('?')) continue; // Processing instructions were all reported from the text above.
			const shown = xmlName(key);
			const line = lineAt(start);
			if (parent === undefined) {
				if (key !== 'svg') add(line, shown, svgAdvice.topLevelNotSvg(shown));
				else if (
					nodes.filter((n) => !Object.keys(n).some((k) => k.startsWith('?') || k.startsWith('#')))
						.length > 1
				)
					add(line, shown, svgAdvice.severalTopLevel());
			}
			if (key === 'style') {
				// The browser reads a <style> as the joined text of its pieces, comments left out, so
				// `url<!---->(…)` or `url<![CDATA[…]]>` would slip past a check of each piece: one piece only.
				const pieces = children.filter(
					(child) =>
						'#comment' in child ||
						'#cdata' in child ||
						('#text' in child && String(child['#text']).trim() !== ''),
				);
				if (pieces.length > 1 || pieces.some((child) => '#comment' in child))
					add(line, shown, svgAdvice.styleInPieces());
			}
			if (!allowedSvgElements.has(key)) {
				const local = key.split(':').pop()!.toLowerCase();
				if (key.includes(':'))
					add(
						line,
						shown,
						local === 'script' ? svgAdvice.foreignScript(shown) : svgAdvice.foreignElement(shown),
					);
				else if (local === 'script') add(line, shown, svgAdvice.script());
				else if (local === 'foreignobject') add(line, shown, svgAdvice.foreignObject());
				else if (['image', 'feimage'].includes(local)) add(line, shown, svgAdvice.loadsFile(shown));
				else if (/^(animate|animatemotion|animatetransform|set|mpath|discard)$/.test(local))
					add(line, shown, svgAdvice.animation(shown));
				else add(line, shown, svgAdvice.elementNotAllowed(shown));
				continue; // What is inside a refused element is refused with it.
			}
			const attributes = (node[':@'] ?? {}) as Record<string, unknown>;
			for (const [name, value] of Object.entries(attributes))
				checkAttribute(key, name, String(value), start);
			walk(children, key, start);
		}
	};
	walk(tree, undefined, undefined);
	if (!tree.some((node) => 'svg' in node)) add(1, 'svg', svgAdvice.noSvg());
	return problems;
}

/** The most problems listed per SVG file in a report; the rest are counted. */
export const svgProblemsShown = 5;

/**
 * An SVG's problems as content problems. For a picture named by a facts file (`at`), each is reported
 * at its `image.src`, naming the picture and its line; otherwise at the SVG file itself, field `(SVG)`.
 */
export function svgContentProblems(
	svg: string,
	svgFile: string,
	at?: { file: string; line: number | undefined; field: string },
): ContentProblem[] {
	const problems = svgProblems(svg);
	const picture = svgFile.split('/').pop()!;
	const shown = problems
		.slice(0, svgProblemsShown)
		.map(({ line, what, fix }): ContentProblem =>
			at
				? { ...at, what: svgReport.inPicture(picture, line, what), fix }
				: { file: svgFile, line, field: '(SVG)', what: svgReport.inFile(what), fix },
		);
	const more = problems.length - shown.length;
	if (more > 0)
		shown.push({
			...(at ?? { file: svgFile, line: undefined, field: '(SVG)' }),
			...svgReport.more(more, picture, problems.length >= maxProblems),
		});
	return shown;
}
