import type { MdastPluginDefinition, MdxJsxAttributeUnion } from 'satteri';
import type { Advice } from '../editor-messages/bilingual';
import { storyAdvice } from '../editor-messages/story';
import { pictureNamePattern } from '../schemas/image';
import { itineraryStorySchema } from '../schemas/itinerary';
import { storySchema } from '../schemas/story';
import {
	isStoryComponent,
	maxStoryCharacters,
	storyComponentProps,
	type ComponentProps,
} from './allowlist';
import { lineOf, stateOf, stopIfBroken, type PolicyState } from './policy-state';
import { pictureFile } from './urls';

type Positioned = Parameters<typeof lineOf>[0];

/** Front-matter fields any story schema knows; `layout` and the like would make MDX import code. */
const frontmatterFields = new Set([
	...Object.keys(storySchema.shape),
	...Object.keys(itineraryStorySchema.shape),
]);

/** One picture import: the only ESM a story may have. A name that could shadow MDX's own is refused. */
const pictureImport = new RegExp(
	String.raw`^import[ \t]+([a-z][A-Za-z0-9]*)[ \t]+from[ \t]+(['"])\./(${pictureNamePattern})\2[ \t]*;?[ \t]*$`,
	'i',
);
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
			else if (rule.values && !rule.values.includes(value))
				report(storyAdvice.notOneOf(node.name, attribute.name, value, rule.values));
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

/** An MDX story's ESM: each line must be one picture import (`import loom from './loom.jpg'`). */
function checkImports(esm: string, start: number | undefined, state: PolicyState): void {
	esm.split('\n').forEach((statement, index) => {
		if (statement.trim() === '') return;
		const line = start === undefined ? undefined : start + index;
		const match = pictureImport.exec(statement.replace(/\r$/, ''));
		if (!match || reservedNames.has(match[1]!))
			return void state.problems.push({ line, ...storyAdvice.esm(statement.trim()) });
		state.imports.set(match[1]!, match[3]!);
		state.pictures.push({ file: match[3]!, line });
	});
}

/** Rules about the story as a whole: its length, Astro's reserved text, its front-matter fields. */
function checkWholeStory(
	source: string,
	frontmatter: Record<string, unknown>,
	state: PolicyState,
): void {
	// Astro finds its picture markers by this name anywhere in the HTML, text included.
	const reserved = source.indexOf('__ASTRO_IMAGE_');
	if (reserved >= 0)
		state.problems.push({
			line: source.slice(0, reserved).split('\n').length,
			...storyAdvice.reservedText('__ASTRO_IMAGE_'),
		});
	if (source.length > maxStoryCharacters)
		state.problems.push({ line: 1, ...storyAdvice.tooLong(source.length, maxStoryCharacters) });
	for (const field of Object.keys(frontmatter))
		if (!frontmatterFields.has(field))
			// Its line is in the front matter, which the parser was not given: the check's schema names it.
			state.problems.push({ line: undefined, ...storyAdvice.frontmatterField(field) });
}

/** The mdast half: MDX syntax (imports, expressions, components), raw HTML and front matter. */
export function storyMdastPolicy(): MdastPluginDefinition {
	return {
		name: 'khong-dee-story-policy',
		options: { position: true },
		before(_root, ctx) {
			const astro = ctx.data.astro as { frontmatter?: Record<string, unknown> } | undefined;
			checkWholeStory(ctx.source, astro?.frontmatter ?? {}, stateOf(ctx.data));
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
			checkImports(node.value, lineOf(node), stateOf(ctx.data));
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
