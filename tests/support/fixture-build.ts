import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { buildCacheDir } from '../../src/lib/build-dirs';
import { withBuildLock } from './build-lock';
import { childEnv } from './child-env';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface FixtureBuild {
	status: number | null;
	/** The signal that ended the build, if one did. */
	signal: NodeJS.Signals | null;
	/**
	 * stdout and stderr together, as an editor would read them in the terminal, without colours: a
	 * CI that sets FORCE_COLOR colours the log, and a path Astro logs dimmed would not match plain text.
	 */
	output: string;
	contentDir: string;
	distDir: string;
	/** The temporary folder holding `content/`, `dist/` and the build cache. */
	work: string;
}

/**
 * Starts a fixture's build cache from the main build's: optimized pictures, fonts and share images
 * are keyed by their inputs, so a fixture reuses what it has in common with the bundled content and
 * makes only what it changed. The content store is left out: it does not notice another content folder.
 */
function seedCache(cache: string): void {
	const main = join(root, buildCacheDir({}));
	for (const part of ['assets', 'fonts', 'share-images'])
		if (existsSync(join(main, part)))
			cpSync(join(main, part), join(cache, part), { recursive: true });
}

/**
 * Copies the bundled content, lets `change` break or edit it, and runs the real `npm run build`
 * script on it into a `dist/` that already holds a previous site (`previous-build.txt`).
 * With `after` (an earlier fixture build), builds again in that build's folder instead: its content
 * as `change` leaves it, and whatever the earlier build left of `dist/`.
 */
export async function buildFixture(
	change: (contentDir: string) => void | Promise<void>,
	env: Record<string, string> = {},
	after?: FixtureBuild,
): Promise<FixtureBuild> {
	const work = after?.work ?? mkdtempSync(join(tmpdir(), 'khong-dee-fixture-'));
	const contentDir = join(work, 'content');
	const distDir = join(work, 'dist');
	if (!after) cpSync(join(root, 'content'), contentDir, { recursive: true });
	await change(contentDir);
	if (!after) {
		mkdirSync(distDir);
		writeFileSync(join(distDir, 'previous-build.txt'), 'the last good site');
		seedCache(join(work, 'cache'));
	}
	const run = await withBuildLock(() =>
		spawnSync(process.execPath, ['scripts/build.mjs'], {
			cwd: root,
			encoding: 'utf8',
			env: childEnv({
				KHONGDEE_CONTENT_DIR: contentDir,
				KHONGDEE_OUT_DIR: distDir,
				KHONGDEE_CACHE_DIR: join(work, 'cache'),
				...env,
			}),
		}),
	);
	return {
		status: run.status,
		signal: run.signal,
		output: stripVTControlCharacters(`${run.stdout}\n${run.stderr}`),
		contentDir,
		distDir,
		work,
	};
}
