import type { Locale } from '../i18n/locales';

/** A sentence in both languages: editors read Thai or English. */
export interface Bilingual {
	th: string;
	en: string;
}

/** One thing wrong (or missing) in the content, located well enough for an editor to fix it. */
export interface ContentProblem {
	/** Repository-relative path of the file to edit: `content/products/nan-silverware/facts.yaml`. */
	file: string;
	/** Line of the field in that file, when known (1-based). */
	line?: number | undefined;
	/** Dotted path of the field inside that file: `stops.2.product`, or `(file)` for the file itself. */
	field: string;
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
