import type { HastPluginDefinition } from 'satteri';
import type { Locale } from '../i18n/locales';
import { storyLocaleOf } from '../lib/story-files';

/** The footnotes section's words in each language; the processor writes them in English. */
const footnoteWords: Record<Locale, { label: string; backTo: (n: string) => string }> = {
	th: { label: 'เชิงอรรถ', backTo: (n) => `กลับไปยังจุดอ้างอิงที่ ${n}` },
	en: { label: 'Notes', backTo: (n) => `Back to reference ${n}` },
};

/** A story's language, from its file name: `content/products/nan-silverware/index.th.mdx` => `th`. */
export function storyLocale(fileURL: URL | undefined): Locale | undefined {
	return storyLocaleOf(fileURL?.pathname ?? '');
}

/**
 * Puts a story's footnotes section in the story's own language: its heading and each back link's
 * label (one processor renders every story, so its footnote options cannot know the language).
 */
export function footnoteLanguage(): HastPluginDefinition {
	return {
		name: 'khong-dee-footnote-language',
		element: {
			filter: ['h2', 'a'],
			visit(node, ctx) {
				const words = footnoteWords[storyLocale(ctx.fileURL) ?? 'en'];
				if (node.tagName === 'h2' && node.properties?.id === 'footnote-label') {
					// The node is a snapshot: remove its children by their count then, from the last.
					for (let i = node.children.length - 1; i >= 0; i--) ctx.removeChildAt(node, i);
					ctx.appendChild(node, { type: 'text', value: words.label });
				}
				const label = node.properties?.ariaLabel;
				if (node.tagName === 'a' && node.properties?.dataFootnoteBackref !== undefined) {
					const n = /(\d+(?:-\d+)?)$/.exec(String(label ?? ''))?.[1] ?? '';
					ctx.setProperty(node, 'ariaLabel', words.backTo(n));
				}
			},
		},
	};
}
