import type { Locale } from '../i18n/locales';

/** A sentence in both languages: editors read Thai or English. */
export interface Bilingual {
	th: string;
	en: string;
}

/** Where a field is inside a YAML file or front matter: `['stops', 2, 'product']`. */
export type FieldPath = readonly (string | number)[];

/** A field's path as editors read it in messages: `stops.2.product`. */
export const fieldName = (path: FieldPath): string => path.join('.');

/** One thing wrong (or missing) in the content, located well enough for an editor to fix it. */
export interface ContentProblem {
	/** Repository-relative path of the file to edit: `content/products/nan-silverware/facts.yaml`. */
	file: string;
	/** Line of the field in that file, when known (1-based). */
	line?: number | undefined;
	/** The field as shown to editors (`stops.2.product`, the `fieldName` of `path`), or the part of the file when no one field is wrong: `(file)`, `(story)`, `(YAML)`. */
	field: string;
	/** The field's path, when the problem is in one field; what its line is found from. */
	path?: FieldPath | undefined;
	/** What is wrong. */
	what: Bilingual;
	/** What to do about it. */
	fix: Bilingual;
}

/**
 * `file:line — field — what is wrong — what to do`, in one language.
 * @example formatProblem(p, 'en') // => 'content/products/x/facts.yaml:2 — province — unknown province "nann" — use an id from …'
 */
export function formatProblem(problem: ContentProblem, locale: Locale = 'en'): string {
	const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
	return `${where} — ${problem.field} — ${problem.what[locale]} — ${problem.fix[locale]}`;
}

/** Thrown when content cannot be published; its message lists every problem in English, then in Thai. */
export class ContentError extends Error {
	readonly problems: readonly ContentProblem[];

	constructor(problems: readonly ContentProblem[]) {
		const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
		super(
			[
				`The content has ${count}; nothing was published:`,
				...problems.map((p) => `  - ${formatProblem(p, 'en')}`),
				`เนื้อหามีปัญหา ${problems.length} จุด จึงยังไม่เผยแพร่:`,
				...problems.map((p) => `  - ${formatProblem(p, 'th')}`),
			].join('\n'),
		);
		this.name = 'ContentError';
		this.problems = problems;
	}
}
