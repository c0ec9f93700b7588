import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
import type { Advice } from '../editor-messages/bilingual';
import { ContentError, type ContentProblem } from '../lib/content-problem';

/** What the story rules' two plugins (mdast-policy.ts, hast-policy.ts) share while one story compiles. */

/** A rule a story broke, at a line of the text the parser was given. */
export interface StoryProblem extends Advice {
	line: number | undefined;
}

/** What one story's compile found: for the check's link and picture tests. */
export interface StoryOutcome {
	problems: StoryProblem[];
	/** Links into this site (`/en/products/…`) with their lines, to check that they lead somewhere. */
	siteLinks: { url: string; line: number | undefined }[];
	/** Picture files the story uses (Markdown pictures and MDX imports), by line. */
	pictures: { file: string; line: number | undefined }[];
}

/** Told about every story compiled: `npm run check` listens; the build does not. */
export type StoryObserver = (fileURL: URL | undefined, outcome: StoryOutcome) => void;

export interface PolicyState extends StoryOutcome {
	/** Names imported at the top of an MDX story, and the picture each names. */
	imports: Map<string, string>;
	/** `src={name}` uses, resolved against the imports once the whole story is read. */
	pictureProps: { name: string; component: string; prop: string; line: number | undefined }[];
	/** Heading ids of this story, made unique the way Astro's own step would. */
	headingIds: GithubSlugger;
}

type Positioned = { position?: { start: { line: number } } | undefined };
export const lineOf = (node: Positioned) => node.position?.start.line;

export function stateOf(data: Record<string, unknown>): PolicyState {
	data.khongDeeStoryPolicy ??= {
		problems: [],
		siteLinks: [],
		pictures: [],
		imports: new Map(),
		pictureProps: [],
		headingIds: new GithubSlugger(),
	} satisfies PolicyState;
	return data.khongDeeStoryPolicy as PolicyState;
}

/** Where the text the parser was given starts in its file (Astro trims a Markdown story's body). */
function bodyLineOffset(fileURL: URL | undefined, source: string): number {
	if (!fileURL) return 0;
	try {
		const text = readFileSync(fileURLToPath(fileURL), 'utf8');
		const start = text.indexOf(source);
		return start > 0 ? text.slice(0, start).split('\n').length - 1 : 0;
	} catch {
		return 0;
	}
}

/** Stops the compile with every problem found so far, each at its line in the file. */
export function stopIfBroken(state: PolicyState, fileURL: URL | undefined, source: string): void {
	if (state.problems.length === 0) return;
	const offset = bodyLineOffset(fileURL, source);
	for (const problem of state.problems) if (problem.line !== undefined) problem.line += offset;
	throw new StoryRulesError(fileURL, state.problems.splice(0));
}

/** A story that breaks the rules: the build prints it; the check lists its problems. */
export class StoryRulesError extends ContentError {
	readonly storyProblems: readonly StoryProblem[];

	constructor(fileURL: URL | undefined, problems: StoryProblem[]) {
		const file = fileURL ? displayPath(fileURLToPath(fileURL)) : '(story)';
		super(
			problems.map((p): ContentProblem => ({
				file,
				line: p.line,
				field: '(story)',
				what: p.what,
				fix: p.fix,
			})),
		);
		this.name = 'StoryRulesError';
		this.storyProblems = problems;
	}
}

function displayPath(path: string): string {
	const cwd = `${process.cwd()}/`;
	return path.startsWith(cwd) ? path.slice(cwd.length) : path;
}
