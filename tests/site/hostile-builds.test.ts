import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { withBuildLock } from '../support/build-lock';
import { childEnv } from '../support/child-env';
import { addHostileStories, type HostileStory } from '../support/hostile-stories';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('a story that tries to run code while the site is built', () => {
	test('is refused by the render pipeline itself (astro build without the check), and nothing of it ran', async () => {
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
		const build = await withBuildLock(() =>
			spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
				cwd: root,
				encoding: 'utf8',
				env: childEnv({
					KHONGDEE_CONTENT_DIR: content,
					KHONGDEE_OUT_DIR: join(work, 'dist'),
					KHONGDEE_CACHE_DIR: join(work, 'cache'),
				}),
			}),
		);
		const output = `${build.stdout}\n${build.stderr}`;
		expect(build.status, output).not.toBe(0);
		expect(output).toMatch(/products\/hostile-00\d\/index\.en\.mdx?(:\d+)? — \(story\) — /);
		// Markdown stories are rendered while content loads: each refusal is named there, with its line.
		expect(output).toMatch(
			/products\/hostile-005\/index\.en\.md:\d+ — \(story\) — the picture "\.\/run\?\.png"/,
		);
		expect(output).toMatch(
			/products\/hostile-006\/index\.en\.md:\d+ — \(story\) — raw HTML \(<script\)/,
		);
		expect(existsSync(marker)).toBe(false);
		expect(existsSync(join(work, 'dist', 'en'))).toBe(false);
		rmSync(work, { recursive: true, force: true });
	}, 300_000);
});
