/** One thing wrong (or missing) in the content, located well enough for an editor to fix it. */
export interface ContentProblem {
	/** Repository-relative path of the file to edit: `content/products/nan-silverware/facts.yaml`. */
	file: string;
	/** Dotted path of the field inside that file: `stops.2.product`. */
	field: string;
	/** What is wrong and what was expected. */
	message: string;
}

/** `content/x.yaml — province — unknown province "nann" …`: one line per problem. */
export function formatProblem(problem: ContentProblem): string {
	return `${problem.file} — ${problem.field} — ${problem.message}`;
}

/** Thrown when content cannot be published; its message lists every problem, one per line. */
export class ContentError extends Error {
	readonly problems: readonly ContentProblem[];

	constructor(problems: readonly ContentProblem[]) {
		const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
		super(`The content has ${count}; nothing was published:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
		this.name = 'ContentError';
		this.problems = problems;
	}
}
