import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
import type { HastPluginDefinition, MdastPluginDefinition, MdxJsxAttributeUnion } from 'satteri';
import { ContentError, type ContentProblem } from '../lib/content-problem';
import { itineraryStorySchema } from '../schemas/itinerary';
import { storySchema } from '../schemas/story';
import {
	isStoryComponent,
	maxStoryCharacters,
	storyComponentProps,
	storyElements,
	type ComponentProps,
} from './allowlist';
import type { Advice } from '../editor-messages/bilingual';
import { storyAdvice } from '../editor-messages/story';
import { judgeLink, pictureFile } from './urls';

/**
 * The story rules, as plugins of the pipeline that renders stories (satteri, Astro's Markdown and MDX
 * processor). The build and `npm run check` run these same plugins on the same parser, so what is
 * checked is, by construction, what is published. A story that breaks a rule stops its compile at the
 * end of the phase that found it, before any code is generated from it.
 */

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

interface PolicyState extends StoryOutcome {
	/** Names imported at the top of an MDX story, and the picture each names. */
	imports: Map<string, string>;
	/** `src={name}` uses, resolved against the imports once the whole story is read. */
	pictureProps: { name: string; component: string; prop: string; line: number | undefined }[];
	/** Heading ids of this story, made unique the way Astro's own step would. */
	headingIds: GithubSlugger;
}

type Positioned = { position?: { start: { line: number } } | undefined };
const lineOf = (node: Positioned) => node.position?.start.line;

function stateOf(data: Record<string, unknown>): PolicyState {
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

/** Front-matter fields any story schema knows; `layout` and the like would make MDX import code. */
const frontmatterFields = new Set([
	...Object.keys(storySchema.shape),
	...Object.keys(itineraryStorySchema.shape),
]);

/** One picture import: the only ESM a story may have. A name that could shadow MDX's own is refused. */
const pictureImport =
	/^import[ \t]+([a-z][A-Za-z0-9]*)[ \t]+from[ \t]+(['"])\.\/([A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*\.(?:jpe?g|png|webp|avif|svg))\2[ \t]*;?[ \t]*$/i;
const reservedNames = new Set([
	// Names the generated MDX module declares itself.
	'frontmatter',
	'file',
	'url',
	'getHeadings',
	'props',
	// JavaScript's reserved words that the name pattern lets through, and globals a name would hide.
	...[
		'await',
		'break',
		'case',
		'catch',
		'class',
		'const',
		'continue',
		'debugger',
		'default',
		'delete',
	],
	...['do', 'else', 'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if'],
	...['implements', 'import', 'in', 'instanceof', 'interface', 'let', 'new', 'null', 'package'],
	...['private', 'protected', 'public', 'return', 'static', 'super', 'switch', 'this', 'throw'],
	...['true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield', 'undefined', 'arguments'],
	...['eval', 'process', 'globalThis', 'require', 'module', 'exports', 'console', 'window'],
]);
const bareName = /^[ \t]*([a-z][A-Za-z0-9]*)[ \t]*$/;

function checkComponent(
	node: { name: string | null; attributes: MdxJsxAttributeUnion[] } & Positioned,
	state: PolicyState,
): void {
	const line = lineOf(node);
	const report = (advice: Advice) => state.problems.push({ line, ...advice });
	if (!isStoryComponent(node.name)) return void report(storyAdvice.component(node.name ?? '<>'));
	const props: ComponentProps = storyComponentProps[node.name];
	const seen = new Set<string>();
	for (const attribute of node.attributes) {
		if (attribute.type !== 'mdxJsxAttribute') {
			report(storyAdvice.spread(node.name));
			continue;
		}
		const rule = Object.hasOwn(props, attribute.name) ? props[attribute.name] : undefined;
		if (!rule) {
			report(storyAdvice.unknownProp(node.name, attribute.name, Object.keys(props)));
			continue;
		}
		seen.add(attribute.name);
		const value = attribute.value;
		if (rule.kind === 'text') {
			if (typeof value !== 'string') report(storyAdvice.textProp(node.name, attribute.name));
			else if (rule.pattern && !rule.pattern.test(value))
				report(storyAdvice.badProp(node.name, attribute.name));
		} else {
			const name =
				value && typeof value === 'object' && value.type === 'mdxJsxAttributeValueExpression'
					? bareName.exec(value.value)?.[1]
					: undefined;
			if (name) state.pictureProps.push({ name, component: node.name, prop: attribute.name, line });
			else report(storyAdvice.pictureProp(node.name, attribute.name));
		}
	}
	for (const [prop, rule] of Object.entries(props))
		if (rule.required && !seen.has(prop)) report(storyAdvice.missingProp(node.name, prop));
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
function stopIfBroken(state: PolicyState, fileURL: URL | undefined, source: string): void {
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

/** The mdast half: MDX syntax (imports, expressions, components), raw HTML and front matter. */
function storyMdastPolicy(): MdastPluginDefinition {
	return {
		name: 'khong-dee-story-policy',
		options: { position: true },
		before(_root, ctx) {
			const state = stateOf(ctx.data);
			// Astro finds its picture markers by this name anywhere in the HTML, text included.
			const reserved = ctx.source.indexOf('__ASTRO_IMAGE_');
			if (reserved >= 0)
				state.problems.push({
					line: ctx.source.slice(0, reserved).split('\n').length,
					...storyAdvice.reservedText('__ASTRO_IMAGE_'),
				});
			if (ctx.source.length > maxStoryCharacters)
				state.problems.push({
					line: 1,
					...storyAdvice.tooLong(ctx.source.length, maxStoryCharacters),
				});
			const frontmatter =
				(ctx.data.astro as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter ??
				{};
			for (const field of Object.keys(frontmatter))
				if (!frontmatterFields.has(field))
					// Its line is in the front matter, which the parser was not given: the check's schema names it.
					state.problems.push({ line: undefined, ...storyAdvice.frontmatterField(field) });
		},
		html(node, ctx) {
			// A comment is the editor's note to others: it is dropped, whatever follows it in the same block.
			if (node.value.startsWith('<!--')) return void ctx.removeNode(node);
			stateOf(ctx.data).problems.push({
				line: lineOf(node),
				...storyAdvice.rawHtml(/^<\/?[^\s>/]*/.exec(node.value)?.[0] ?? node.value),
			});
		},
		image(node, ctx) {
			// Astro imports every Markdown picture it parses, published or not (an unreferenced footnote, an
			// extra table cell): each is judged here, where the parser sees it, not only in the HTML.
			const file = pictureFile(node.url);
			if (file) stateOf(ctx.data).pictures.push({ file, line: lineOf(node) });
			else
				stateOf(ctx.data).problems.push({ line: lineOf(node), ...storyAdvice.picture(node.url) });
		},
		mdxjsEsm(node, ctx) {
			const state = stateOf(ctx.data);
			const start = lineOf(node);
			node.value.split('\n').forEach((statement, index) => {
				if (statement.trim() === '') return;
				const line = start === undefined ? undefined : start + index;
				const match = pictureImport.exec(statement.replace(/\r$/, ''));
				if (!match || reservedNames.has(match[1]!))
					return void state.problems.push({ line, ...storyAdvice.esm(statement.trim()) });
				state.imports.set(match[1]!, match[3]!);
				state.pictures.push({ file: match[3]!, line });
			});
		},
		mdxFlowExpression(node, ctx) {
			stateOf(ctx.data).problems.push({ line: lineOf(node), ...storyAdvice.expression() });
		},
		mdxTextExpression(node, ctx) {
			stateOf(ctx.data).problems.push({ line: lineOf(node), ...storyAdvice.expression() });
		},
		mdxJsxFlowElement(node, ctx) {
			checkComponent(node, stateOf(ctx.data));
		},
		mdxJsxTextElement(node, ctx) {
			checkComponent(node, stateOf(ctx.data));
		},
		after(_root, ctx) {
			const state = stateOf(ctx.data);
			for (const use of state.pictureProps) {
				if (!state.imports.has(use.name))
					state.problems.push({
						line: use.line,
						...storyAdvice.pictureProp(use.component, use.prop),
					});
			}
			stopIfBroken(state, ctx.fileURL, ctx.source);
		},
	};
}

/** A table cell's alignment, which GFM writes as a style attribute, becomes one of our classes. */
const cellAlignment = /^text-align: (left|center|right)$/;

/** The hast half: every element and attribute the story would publish is on the allowlist. */
function storyHastPolicy(observe: StoryObserver | undefined): HastPluginDefinition {
	return {
		name: 'khong-dee-story-allowlist',
		options: { position: true },
		element: {
			filter: [],
			visit(node, ctx) {
				const state = stateOf(ctx.data);
				const line = lineOf(node);
				const rules = Object.hasOwn(storyElements, node.tagName)
					? storyElements[node.tagName]
					: undefined;
				if (!rules) return void state.problems.push({ line, ...storyAdvice.element(node.tagName) });
				if (/^h[1-6]$/.test(node.tagName) && node.properties?.id === undefined) {
					// Story headings get ids of their own, so `## Journeys` cannot take the page's `#journeys`.
					ctx.setProperty(node, 'id', `story-${state.headingIds.slug(ctx.textContent(node))}`);
				}
				for (const [key, value] of Object.entries(node.properties ?? {})) {
					if (value === undefined || value === null) continue;
					if (key === 'href' && node.tagName === 'a') {
						const verdict = judgeLink(String(value));
						if (!verdict.ok)
							state.problems.push({ line, ...storyAdvice.link(String(value), verdict.reason) });
						else if (verdict.kind === 'site') state.siteLinks.push({ url: verdict.path, line });
					} else if (key === 'src' && node.tagName === 'img') {
						// Its file was listed with the mdast image it came from. Astro turns into a picture only
						// those it collected (an inline `![](…)`); a reference-style one would stay a broken <img>.
						const astro = ctx.data.astro as { localImagePaths?: Set<string> } | undefined;
						if (!pictureFile(String(value)))
							state.problems.push({ line, ...storyAdvice.picture(String(value)) });
						else if (astro?.localImagePaths && !astro.localImagePaths.has(decodeURI(String(value))))
							state.problems.push({ line, ...storyAdvice.pictureByReference() });
					} else if (
						key === 'style' &&
						(node.tagName === 'td' || node.tagName === 'th') &&
						cellAlignment.test(String(value))
					) {
						// No style attributes on the page: the CSP allows none.
						ctx.setProperty(node, 'style', null);
						ctx.setProperty(node, 'className', [`align-${cellAlignment.exec(String(value))![1]}`]);
					} else {
						const rule = Object.hasOwn(rules, key) ? rules[key] : undefined;
						if (!rule || (rule !== true && !rule(value)))
							state.problems.push({ line, ...storyAdvice.attribute(node.tagName, key) });
					}
				}
			},
		},
		raw(node, ctx) {
			stateOf(ctx.data).problems.push({ line: lineOf(node), ...storyAdvice.rawHtml(node.value) });
		},
		mdxjsEsm(node, ctx) {
			// The mdast half read these lines; here the compiler's own parse (oxc) confirms they are only picture imports.
			const state = stateOf(ctx.data);
			const program = node.parseExpression();
			const allowed = new Set(state.imports.values());
			const fine = program?.body.every(
				(statement) =>
					statement.type === 'ImportDeclaration' &&
					statement.specifiers.length === 1 &&
					statement.specifiers[0]!.type === 'ImportDefaultSpecifier' &&
					(statement.attributes ?? []).length === 0 &&
					typeof statement.source.value === 'string' &&
					allowed.has(statement.source.value.replace(/^\.\//, '')),
			);
			if (!fine)
				state.problems.push({
					line: lineOf(node),
					...storyAdvice.esm(node.value.split('\n')[0] ?? ''),
				});
		},
		mdxFlowExpression(node, ctx) {
			stateOf(ctx.data).problems.push({ line: lineOf(node), ...storyAdvice.expression() });
		},
		mdxTextExpression(node, ctx) {
			stateOf(ctx.data).problems.push({ line: lineOf(node), ...storyAdvice.expression() });
		},
		after(_root, ctx) {
			const state = stateOf(ctx.data);
			// What Astro itself will import for this story (its collect-images plugin ran after ours).
			const astro = ctx.data.astro as
				{ localImagePaths?: Set<string>; remoteImagePaths?: Set<string> } | undefined;
			for (const path of [...(astro?.localImagePaths ?? []), ...(astro?.remoteImagePaths ?? [])]) {
				if (!pictureFile(path))
					state.problems.push({ line: undefined, ...storyAdvice.picture(path) });
			}
			if (observe && state.problems.length === 0)
				observe(ctx.fileURL, {
					problems: [],
					siteLinks: state.siteLinks,
					pictures: state.pictures,
				});
			stopIfBroken(state, ctx.fileURL, ctx.source);
		},
	};
}

/** The story rules as satteri plugin lists; `observe` hears each story's links and pictures (the check). */
export function storyPolicyPlugins(observe?: StoryObserver): {
	mdastPlugins: MdastPluginDefinition[];
	hastPlugins: HastPluginDefinition[];
} {
	return { mdastPlugins: [storyMdastPolicy()], hastPlugins: [storyHastPolicy(observe)] };
}
