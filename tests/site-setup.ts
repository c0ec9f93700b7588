import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { childEnv } from './support/child-env';
import { serveDir } from '../scripts/static-server.mjs';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Absolute path of the site built for the tests. */
		distDir: string;
		/** Everything the build printed, to check it warned about nothing. */
		buildLog: string;
		/** Origin of the static server on 127.0.0.1 that serves `distDir`. */
		baseUrl: string;
	}
}

/** Builds the site once with the real `npm run build` script and serves it like any static host would. */
export default async function setup(project: TestProject) {
	const root = fileURLToPath(new URL('..', import.meta.url));
	const distDir = `${root}tests/.output/dist`;
	const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
		cwd: root,
		encoding: 'utf8',
		env: childEnv({ KHONGDEE_OUT_DIR: distDir }),
	});
	const buildLog = `${build.stdout}\n${build.stderr}`;
	if (build.status !== 0) throw new Error(`The site did not build:\n${buildLog}`);

	const server = await serveDir(distDir);
	project.provide('distDir', distDir);
	project.provide('buildLog', buildLog);
	project.provide('baseUrl', server.origin);
	return server.close;
}
