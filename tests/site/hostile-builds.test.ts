import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { useBrowser, watchPage } from '../support/browser';
import { childEnv } from '../support/child-env';
import { buildFixture } from '../support/fixture-build';
import { serveDir, type StaticServer } from '../support/static-server';
import {
	addHostileStories,
	evilHost,
	hostileSlug,
	hostileStories,
	type HostileStory,
} from '../support/hostile-stories';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('a story that tries to run code while the site is built', () => {
	test('is refused by the render pipeline itself (astro build without the check), and nothing of it ran', () => {
		const work = mkdtempSync(join(tmpdir(), 'khong-dee-code-'));
		const content = join(work, 'content');
		const marker = join(work, 'code-ran');
		cpSync(join(root, 'content'), content, { recursive: true });
		const attempts: HostileStory[] = [
			{
				class: 'build-time code',
				name: 'writes a file',
				mdx: true,
				expect: 'refused',
				body: `export const x = (await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'esm')\n\nText.\n`,
			},
			{
				class: 'build-time code',
				name: 'writes a file from a footnote',
				mdx: true,
				expect: 'refused',
				body: `Text[^1].\n\n[^1]: {(await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'footnote')}\n`,
			},
			{
				class: 'build-time code',
				name: 'publishes an environment variable',
				mdx: true,
				expect: 'refused',
				body: 'Home: {process.env.HOME}\n',
			},
			{
				class: 'build-time code',
				name: 'imports a package',
				mdx: true,
				expect: 'refused',
				body: "import\tfs from 'node:fs'\n\nText.\n",
			},
			{
				class: 'build-time code',
				name: 'loads a script through an unpublished picture',
				mdx: false,
				expect: 'refused',
				body: 'Text.\n\n[^z]: ![x](./run?.png)\n',
			},
			{
				class: 'script in the browser',
				name: 'a script in Markdown',
				mdx: false,
				expect: 'refused',
				body: '<script>alert(1)</script>\n',
			},
		];
		addHostileStories(content, attempts);
		const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
			cwd: root,
			encoding: 'utf8',
			env: childEnv({
				KHONGDEE_CONTENT_DIR: content,
				KHONGDEE_OUT_DIR: join(work, 'dist'),
				KHONGDEE_CACHE_DIR: join(work, 'cache'),
			}),
		});
		const output = `${build.stdout}\n${build.stderr}`;
		expect(build.status, output).not.toBe(0);
		expect(output).toMatch(/products\/hostile-00\d\/en\.mdx?(:\d+)? — \(story\) — /);
		// Markdown stories are rendered while content loads: each refusal is named there, with its line.
		expect(output).toMatch(
			/products\/hostile-005\/en\.md:\d+ — \(story\) — the picture "\.\/run\?\.png"/,
		);
		expect(output).toMatch(/products\/hostile-006\/en\.md:\d+ — \(story\) — raw HTML \(<script\)/);
		expect(existsSync(marker)).toBe(false);
		expect(existsSync(join(work, 'dist', 'en'))).toBe(false);
		rmSync(work, { recursive: true, force: true });
	}, 300_000);
});

describe('stories that only look dangerous', () => {
	const inert = hostileStories.filter((story) => story.expect === 'inert');
	const browser = useBrowser();
	let server: StaticServer | undefined;
	afterAll(() => server?.close());

	test('build, and are inert in Chromium: no dialog, no other host, no navigation, no handler or script URL', async () => {
		const build = await buildFixture((content) => void addHostileStories(content, inert));
		expect(build.status, build.output).toBe(0);
		server = await serveDir(build.distDir);
		const { origin } = server;

		for (const [index, story] of inert.entries()) {
			const page = await browser.context.newPage();
			const watch = watchPage(page, origin);
			const dialogs: string[] = [];
			page.on('dialog', (dialog) => void (dialogs.push(dialog.message()), dialog.dismiss()));
			const url = `${origin}/en/products/${hostileSlug(index)}/`;
			await page.goto(url, { waitUntil: 'load' });
			await page.waitForTimeout(200);
			const unsafe = await page.evaluate(() =>
				[...document.querySelectorAll('*')].flatMap((element) =>
					[...element.attributes]
						.filter(
							(a) =>
								/^on/i.test(a.name) ||
								// The scheme as the browser itself reads it (tabs, case and spaces undone).
								(['href', 'src', 'action', 'formaction', 'xlink:href'].includes(a.name) &&
									['javascript:', 'data:', 'vbscript:'].includes(
										new URL(a.value, location.href).protocol,
									)) ||
								a.name === 'srcdoc',
						)
						.map((a) => `${element.tagName} ${a.name}`),
				),
			);
			const prose = await page.locator('.prose').innerHTML();
			expect({
				story: story.name,
				dialogs,
				foreign: watch.foreignRequests,
				url: page.url(),
				unsafe,
			}).toEqual({ story: story.name, dialogs: [], foreign: [], url, unsafe: [] });
			expect(prose.trim().length, story.name).toBeGreaterThan(0);
			expect(watch.foreignRequests.join(' ')).not.toContain(evilHost);
			await page.close();
		}
		const tablePage = readFileSync(
			join(
				build.distDir,
				`en/products/${hostileSlug(inert.findIndex((s) => s.name.startsWith('an aligned table')))}/index.html`,
			),
			'utf8',
		);
		expect(tablePage).toContain('class="align-left"');
	}, 400_000);
});
