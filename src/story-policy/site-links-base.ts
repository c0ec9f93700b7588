import type { HastPluginDefinition } from 'satteri';

/**
 * A story's link to a page of this site (`/en/products/nan-silverware/`) under the path the site
 * is published at: `/khong-dee/en/products/nan-silverware/` for a GitHub project page. Any other
 * link is returned as it is. Astro does this for the pages' own links; a story's are its editor's.
 * @example withBase('/th/provinces/nan/', '/khong-dee/') // => '/khong-dee/th/provinces/nan/'
 */
export function withBase(href: string, base: string): string {
	return /^\/(th|en)(\/|$)/.test(href) ? `${base.replace(/\/+$/, '')}${href}` : href;
}

/** Puts the base path in front of a story's links to the site's own pages (after the rules judged them). */
export function siteLinksUnderBase(base: string): HastPluginDefinition {
	return {
		name: 'khong-dee-site-links-base',
		element: {
			filter: ['a'],
			visit(node, ctx) {
				const href = node.properties?.href;
				if (typeof href === 'string' && withBase(href, base) !== href)
					ctx.setProperty(node, 'href', withBase(href, base));
			},
		},
	};
}
