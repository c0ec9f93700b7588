import type { HastPluginDefinition } from 'satteri';
import { storyAdvice } from '../editor-messages/story';
import { storyElements } from './allowlist';
import { lineOf, stateOf, stopIfBroken, type StoryObserver } from './policy-state';
import { judgeLink, pictureFile } from './urls';

/** A table cell's alignment, which GFM writes as a style attribute, becomes one of our classes. */
const cellAlignment = /^text-align: (left|center|right)$/;

type ElementVisit = Extract<
	NonNullable<HastPluginDefinition['element']>,
	{ visit: unknown }
>['visit'];
type Element = Parameters<ElementVisit>[0];
type Context = Parameters<ElementVisit>[1];

/** Each element the story would publish, and each of its attributes, must be on the allowlist. */
function judgeElement(node: Element, ctx: Context): void {
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
		const text = String(value);
		if (key === 'href' && node.tagName === 'a') {
			const verdict = judgeLink(text);
			if (!verdict.ok) state.problems.push({ line, ...storyAdvice.link(text, verdict.reason) });
			else if (verdict.kind === 'site') state.siteLinks.push({ url: verdict.path, line });
		} else if (key === 'src' && node.tagName === 'img') {
			// Its file was listed with the mdast image it came from. Astro turns into a picture only
			// those it collected (an inline `![](…)`); a reference-style one would stay a broken <img>.
			const astro = ctx.data.astro as { localImagePaths?: Set<string> } | undefined;
			if (!pictureFile(text)) state.problems.push({ line, ...storyAdvice.picture(text) });
			else if (astro?.localImagePaths && !astro.localImagePaths.has(decodeURI(text)))
				state.problems.push({ line, ...storyAdvice.pictureByReference() });
		} else if (key === 'style' && (node.tagName === 'td' || node.tagName === 'th')) {
			// No style attributes on the page (the CSP allows none): a cell's alignment becomes a class.
			const align = cellAlignment.exec(text)?.[1];
			if (!align) state.problems.push({ line, ...storyAdvice.attribute(node.tagName, key) });
			ctx.setProperty(node, 'style', null);
			if (align) ctx.setProperty(node, 'className', [`align-${align}`]);
		} else {
			const rule = Object.hasOwn(rules, key) ? rules[key] : undefined;
			if (!rule || (rule !== true && !rule(value)))
				state.problems.push({ line, ...storyAdvice.attribute(node.tagName, key) });
		}
	}
}

/** The hast half: every element and attribute the story would publish is on the allowlist. */
export function storyHastPolicy(observe: StoryObserver | undefined): HastPluginDefinition {
	return {
		name: 'khong-dee-story-allowlist',
		options: { position: true },
		element: { filter: [], visit: judgeElement },
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
