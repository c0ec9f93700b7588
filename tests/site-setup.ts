import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';
import { childEnv } from './support/child-env';

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

	const serve = sirv(distDir, { dev: false, etag: true });
	const server = createServer((req, res) =>
		serve(req, res, () => {
			res.statusCode = 404;
			res.end();
		}),
	);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;

	project.provide('distDir', distDir);
	project.provide('buildLog', buildLog);
	project.provide('baseUrl', `http://127.0.0.1:${port}`);
	return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
