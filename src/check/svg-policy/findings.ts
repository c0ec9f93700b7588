import type { Advice } from '../../editor-messages/bilingual';
import type { Bilingual } from '../../lib/content-problem';

/** One thing an SVG may not contain. */
export interface SvgProblem {
	/** 1-based line in the SVG file, when known. */
	line: number | undefined;
	/** The element or attribute, as `xmlName()` shows it: `script`, `use href`, `onload`, `<!DOCTYPE>`. */
	name: string;
	what: Bilingual;
	fix: Bilingual;
}

/** At most this many problems per file: enough to fix, and a huge hostile file cannot flood a report. */
export const maxProblems = 100;

/** Where a problem is: a line, or a function that finds it (an attribute's line is only looked for when something is wrong with it). */
export type LineOf = number | undefined | (() => number | undefined);

/** The problems found in one SVG text so far, and the lines of positions in that text. */
export class Findings {
	readonly problems: SvgProblem[] = [];
	/** Index in `text` at which each line starts. */
	private readonly lineStarts = [0];

	/** `text` is the SVG without its byte order mark. */
	constructor(readonly text: string) {
		for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
			this.lineStarts.push(i + 1);
	}

	/** Adds a problem, unless there are already {@link maxProblems}. */
	add(line: LineOf, name: string, { what, fix }: Advice): void {
		if (this.problems.length < maxProblems)
			this.problems.push({ line: typeof line === 'function' ? line() : line, name, what, fix });
	}

	/** The 1-based line of the character at `index`. */
	lineAt(index: number | undefined): number | undefined {
		if (index === undefined || index < 0) return undefined;
		let low = 0;
		let high = this.lineStarts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (this.lineStarts[mid]! <= index) low = mid;
			else high = mid - 1;
		}
		return low + 1;
	}

	/** The line of an attribute inside the start tag at `start` (start tags can span lines). */
	attributeLine(start: number | undefined, name: string): number | undefined {
		if (start === undefined) return undefined;
		const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		const found = new RegExp(`\\s${escaped}\\s*=`, 'g');
		found.lastIndex = start;
		return this.lineAt(found.exec(this.text)?.index ?? start);
	}
}
