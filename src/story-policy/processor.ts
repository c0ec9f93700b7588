import { satteri } from '@astrojs/markdown-satteri';
import { pathToFileURL } from 'node:url';
import { contentKey } from '../lib/file-cache';
import { moduleSources } from '../lib/module-closure';
import { storyPolicyPlugins } from './plugins';
import {
	StoryRulesError,
	type StoryObserver,
	type StoryOutcome,
	type StoryProblem,
} from './policy-state';
import { storyAdvice } from '../editor-messages/story';

/**
 * Astro's Markdown and MDX processor with the story rules in it. astro.config.mjs renders with
 * `storyProcessor(undefined, base)`; `npm run check` compiles every story with `storyProcessor(observe)`: the same
 * parser, the same plugins, the same options, only without writing pages.
 */
export function storyProcessor(observe?: StoryObserver, base = '/') {
	return satteri({
		...storyPolicyPlugins(observe, base),
		features: { gfm: true, smartPunctuation: true },
	});
}

/**
 * The story rules' code, hashed: every module this file runs, in the project's folder `root`.
 * astro.config.mjs gives it to the processor as a setting, because Astro's digests of its config
 * (which clear the content store, where each Markdown story's HTML is kept, and key the
 * incremental build) see no functions, and the rules are functions: without it, a change to the
 * rules would leave stories as the old rules made them until the cache was deleted.
 */
export function storyRulesCode(root: string): string {
	return contentKey(moduleSources(root, ['src/story-policy/processor.ts']));
}

/** The Markdown options the site builds with (astro.config.mjs `markdown`), shared with the check. */
export const storyMarkdownOptions = {
	// Stories have no code to colour, and highlighters write style attributes, which the CSP forbids.
	syntaxHighlight: false,
} as const;

/**
 * Compiles one story as the build does and says what is wrong with it, where it links and which
 * pictures it uses. `body` is the text Astro hands the processor: for Markdown the text after the
 * front matter, trimmed; for MDX the whole file with the front matter blanked out.
 */
export async function compileStory(
	body: string,
	options: { file: string; mdx: boolean; frontmatter: Record<string, unknown> },
): Promise<StoryOutcome> {
	let outcome: StoryOutcome = { problems: [], siteLinks: [], pictures: [] };
	const processor = storyProcessor((_url, heard) => (outcome = heard));
	const shared = { ...storyMarkdownOptions, image: {} };
	try {
		if (options.mdx) {
			const renderer = await processor.createMdxRenderer!(shared, {
				optimize: false,
				srcDir: new URL('../', import.meta.url),
			});
			await renderer.process(body, options.file, structuredClone(options.frontmatter));
		} else {
			const renderer = await processor.createRenderer(shared);
			await renderer.render(body, {
				frontmatter: structuredClone(options.frontmatter),
				fileURL: pathToFileURL(options.file),
			});
		}
	} catch (error) {
		return {
			...outcome,
			problems: error instanceof StoryRulesError ? [...error.storyProblems] : [unreadable(error)],
		};
	}
	return outcome;
}

/** A story the parser cannot read (broken MDX): where it stopped, without quoting the file. */
function unreadable(error: unknown): StoryProblem {
	const place = error as {
		line?: number;
		place?: { line?: number; start?: { line?: number } };
		reason?: string;
		message?: string;
	};
	const message = String(place.reason ?? place.message ?? error);
	const line =
		place.line ??
		place.place?.line ??
		place.place?.start?.line ??
		Number(/^(\d+):\d+/.exec(message)?.[1] ?? Number.NaN);
	return {
		line: Number.isFinite(line) ? line : undefined,
		...storyAdvice.unreadable(message.split('\n')[0] ?? message),
	};
}
