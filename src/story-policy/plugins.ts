import type { HastPluginDefinition, MdastPluginDefinition } from 'satteri';
import { footnoteLanguage } from './footnote-language';
import { storyHastPolicy } from './hast-policy';
import { storyMdastPolicy } from './mdast-policy';
import { siteLinksUnderBase } from './site-links-base';
import type { StoryObserver } from './policy-state';

/**
 * The story rules, as plugins of the pipeline that renders stories (satteri, Astro's Markdown and MDX
 * processor). The build and `npm run check` run these same plugins on the same parser, so what is
 * checked is, by construction, what is published. A story that breaks a rule stops its compile at the
 * end of the phase that found it, before any code is generated from it.
 */

/**
 * The story rules as satteri plugin lists; `observe` hears each story's links and pictures (the
 * check); `base` is the path the site is published at, put in front of links to its own pages.
 */
export function storyPolicyPlugins(
	observe?: StoryObserver,
	base = '/',
): {
	mdastPlugins: MdastPluginDefinition[];
	hastPlugins: HastPluginDefinition[];
} {
	return {
		mdastPlugins: [storyMdastPolicy()],
		// The allowlist judges what Markdown made; then the footnotes are put in the story's language.
		hastPlugins: [
			storyHastPolicy(observe),
			footnoteLanguage(),
			...(base === '/' ? [] : [siteLinksUnderBase(base)]),
		],
	};
}
