import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { childEnv } from './child-env';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface FixtureBuild {
	status: number | null;
	/** The signal that ended the build, if one did. */
	signal: NodeJS.Signals | null;
	/** stdout and stderr together, as an editor would read them in the terminal. */
	output: string;
	contentDir: string;
	distDir: string;
	/** The temporary folder holding `content/`, `dist/` and the build cache. */
	work: string;
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
	}
	const run = spawnSync(process.execPath, ['scripts/build.mjs'], {
		cwd: root,
		encoding: 'utf8',
		env: childEnv({
			KHONGDEE_CONTENT_DIR: contentDir,
			KHONGDEE_OUT_DIR: distDir,
			KHONGDEE_CACHE_DIR: join(work, 'cache'),
			...env,
		}),
	});
	return {
		status: run.status,
		signal: run.signal,
		output: `${run.stdout}\n${run.stderr}`,
		contentDir,
		distDir,
		work,
	};
}
