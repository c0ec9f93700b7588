import type { Bilingual } from '../../lib/content-problem';
import { cssFlaw, xmlName } from '../../editor-messages/svg';
import { localId } from './allowlists';

/**
 * The CSS an SVG may hold, in a style attribute, a `<style>` or a presentation attribute: an
 * allowlist of functions and at-rules, `url()` only to an element of the same file.
 */

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
export function cssProblem(css: string): Bilingual | undefined {
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
