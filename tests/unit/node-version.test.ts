import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const major = (version: string) => Number(/(\d+)/.exec(version)?.[1]);

/**
 * Node is pinned one way: the registry's `node` package, which every npm script runs on. `.nvmrc`
 * (read by the CI workflow and by nvm users) and `engines` must name the same major version.
 */
test('.nvmrc, engines, the node package and the running Node agree on one major version', () => {
	const pkg = JSON.parse(read('package.json')) as {
		engines: { node: string };
		devDependencies: Record<string, string>;
	};
	const lock = JSON.parse(read('package-lock.json')) as {
		packages: Record<string, { version: string }>;
	};
	const pinned = major(lock.packages['node_modules/node']!.version);
	expect(major(read('.nvmrc').trim())).toBe(pinned);
	expect(pkg.engines.node).toBe(`>=${pinned}`);
	expect(major(pkg.devDependencies.node!)).toBe(pinned);
	expect(major(process.versions.node)).toBe(pinned);
});
