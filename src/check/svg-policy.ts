import type { ContentProblem } from '../lib/content-problem';
import { svgAdvice, svgReport } from '../editor-messages/svg';
import { Findings, maxProblems, type SvgProblem } from './svg-policy/findings';
import { checkProcessingInstructions, foundDeclarations } from './svg-policy/prolog';
import { checkNodes } from './svg-policy/tree';
import { parseSvg } from './svg-policy/xml';

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
 *
 * The parts, in `svg-policy/`: `allowlists.ts` (elements, attributes, links, namespaces), `css.ts`
 * (style attributes and `<style>`), `prolog.ts` (declarations and processing instructions, found on
 * the text), `xml.ts` (the parse), `tree.ts` and `attributes.ts` (the walk over the parsed tree),
 * `findings.ts` (the problems found and their lines).
 */

export type { SvgProblem } from './svg-policy/findings';

/**
 * Everything in an SVG that is not allowed, with the line of each; an empty list when it is fine.
 * @example svgProblems('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>')[0]?.name // => 'script'
 */
export function svgProblems(svg: string): SvgProblem[] {
	const found = new Findings(svg.startsWith('\uFEFF') ? svg.slice(1) : svg);
	if (foundDeclarations(found)) return found.problems;
	checkProcessingInstructions(found);
	const tree = parseSvg(found);
	if (tree === undefined) return found.problems;
	checkNodes(found, tree, undefined);
	if (!tree.some((node) => 'svg' in node)) found.add(1, 'svg', svgAdvice.noSvg());
	return found.problems;
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
