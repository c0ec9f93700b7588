import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseHtml } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import config from '../../astro.config.mjs';
import { checkContent, type CheckResult } from '../../src/check/check-content';
import { storyBodyAsAstroReadsIt } from '../../src/story-policy/story-body';
import { addHostileStories, hostileStories } from '../support/hostile-stories';

const root = resolve('.');

/** Renders a story file exactly as the build does: the processor and Markdown options of astro.config.mjs. */
async function renderAsTheBuildDoes(file: string, mdx: boolean): Promise<{ refused: boolean; html: string; error: string }> {
	const text = readFileSync(file, 'utf8');
	const frontmatter = parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
	const body = storyBodyAsAstroReadsIt(text, mdx)!;
	const { processor, ...options } = config.markdown!;
	// The config's Markdown options, typed as the processor takes them once Astro has resolved them.
	const shared = options as Parameters<NonNullable<typeof processor>['createRenderer']>[0];
	try {
		if (mdx) {
			const renderer = await processor!.createMdxRenderer!({ ...shared }, { optimize: false, srcDir: new URL('../../src/', import.meta.url) });
			const { code } = await renderer.process(body, file, frontmatter);
			return { refused: false, html: code, error: '' };
		}
		const renderer = await processor!.createRenderer({ ...shared, image: {} });
		const { code } = await renderer.render(body, { frontmatter, fileURL: pathToFileURL(file) });
		return { refused: false, html: code, error: '' };
	} catch (error) {
		return { refused: true, html: '', error: String((error as Error).message) };
	}
}

let files: string[] = [];
let check: CheckResult;

beforeAll(async () => {
	const content = join(mkdtempSync(join(tmpdir(), 'khong-dee-hostile-')), 'content');
	cpSync(join(root, 'content'), content, { recursive: true });
	files = addHostileStories(content, hostileStories);
	check = await checkContent({ root, contentDir: content });
}, 120_000);

describe('the hostile story corpus', () => {
	test('is large and covers every class', () => {
		expect(hostileStories.length).toBeGreaterThanOrEqual(60);
		const classes = new Set(hostileStories.map((s) => s.class));
		expect([...classes].sort()).toEqual(['build-time code', 'front matter', 'hijack or other host', 'inert text', 'script in the browser']);
	});

	describe.each(hostileStories.map((story, index) => ({ ...story, index })))('$class: $name ($expect)', (story) => {
		test('gets the same verdict from npm run check and from the build’s render pipeline', async () => {
			const file = files[story.index]!;
			const rendered = await renderAsTheBuildDoes(file, story.mdx);
			const named = check.errors.filter((e) => resolve(root, e.file) === file);
			expect({ check: named.length > 0, build: rendered.refused }, `${named.map((e) => e.what.en).join('; ')} | ${rendered.error}`).toEqual({
				check: story.expect === 'refused',
				build: story.expect === 'refused',
			});
			if (story.expect === 'refused') {
				// The build names the file; the check names it with a line, in both languages.
				expect(rendered.error).toContain(file.slice(file.lastIndexOf('/products/') + 1));
				expect(named.every((e) => e.what.th && /\p{Script=Thai}/u.test(e.fix.th))).toBe(true);
				expect(named.some((e) => typeof e.line === 'number' && e.line > 0)).toBe(true);
			} else if (!story.mdx) {
				// What is published has no event handler, no script, no style and no javascript: URL.
				const elements = parseHtml(rendered.html).querySelectorAll('*');
				expect(elements.map((e) => e.tagName.toLowerCase())).not.toContain('script');
				for (const element of elements) {
					for (const [name, value] of Object.entries(element.attributes)) {
						expect(name, element.outerHTML).not.toMatch(/^(on|style$|srcdoc$|ping$)/i);
						// The scheme as a browser reads it: WHATWG parsing undoes tabs, newlines, case and spaces.
						const scheme = URL.canParse(value, 'https://site.invalid/')
							? new URL(value, 'https://site.invalid/').protocol
							: '';
						expect(scheme, element.outerHTML).not.toMatch(/^(javascript|data|vbscript):$/);
					}
				}
			}
		});
	});
});
