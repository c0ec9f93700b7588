// docs/benchmarks.md is written by three scripts (build, search, Lighthouse), each at its own pace;
// each replaces only its own sections, so running one never erases another's figures.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const file = 'docs/benchmarks.md';

/** Splits Markdown into the text before the first `## ` heading and the `## ` sections after it. */
function splitSections(markdown) {
	const parts = markdown.split(/^(?=## )/m);
	const head = parts[0].startsWith('## ') ? '' : parts.shift();
	return { head, sections: parts };
}

/**
 * Puts each section (Markdown starting `## Name`) in place of the section whose heading starts the
 * same way (up to a parenthesis or the line's end), or appends it. `head`, when given, replaces the
 * text before the first section.
 */
export function replaceSections(markdown, sections, head) {
	const name = (section) =>
		section
			.trim()
			.split('\n', 1)[0]
			.replace(/\s*\(.*$/, '')
			.trim();
	const current = splitSections(markdown);
	const merged = [...current.sections];
	for (const section of sections) {
		const text = `${section.trim()}\n\n`;
		const at = merged.findIndex((s) => name(s) === name(section));
		if (at === -1) merged.push(text);
		else merged[at] = text;
	}
	return `${(head ?? current.head).trim()}\n\n${merged.join('').trim()}\n`;
}

/** Writes the sections into docs/benchmarks.md, keeping every other section as it is. */
export function writeSections(sections, head) {
	const existing = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
	writeFileSync(file, replaceSections(existing, sections, head));
}
