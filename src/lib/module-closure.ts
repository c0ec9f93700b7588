import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The project's own modules that `entries` run: the entries and every module they import by a
 * relative path, however deep, type-only imports left out. For cache keys that must change
 * whenever code that makes the cached file changes, without a list to keep up by hand.
 * It reads the project's own TypeScript as prettier writes it: `import … from './x'`,
 * `export … from './x'`, `import './x'`; a query (`?raw`) is dropped. Paths are relative to `root`
 * and sorted.
 */
export function moduleClosure(root: string, entries: readonly string[]): string[] {
	const found = new Set<string>();
	const queue = entries.map((entry) => resolve(root, entry));
	while (queue.length > 0) {
		const file = queue.pop()!;
		if (found.has(file)) continue;
		found.add(file);
		for (const specifier of relativeImports(readFileSync(file, 'utf8')))
			queue.push(resolveModule(dirname(file), specifier));
	}
	return [...found].map((file) => relative(root, file)).sort();
}

/**
 * `moduleClosure()` with each module's text: `[path, text, path, text, …]`, for a cache key that
 * changes with the code.
 */
export function moduleSources(root: string, entries: readonly string[]): string[] {
	return moduleClosure(root, entries).flatMap((file) => [
		file,
		readFileSync(join(root, file), 'utf8'),
	]);
}

/** The relative specifiers a module imports for its code (not `import type`). */
export function relativeImports(source: string): string[] {
	const statements =
		/^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;
	return [...source.matchAll(statements)]
		.filter((match) => !match[1])
		.map((match) => match[2]!.replace(/\?.*$/, ''));
}

/** `./x` as the bundler finds it: `x` itself, `x.ts`, or `x/index.ts`. */
function resolveModule(folder: string, specifier: string): string {
	const path = join(folder, specifier);
	for (const candidate of [path, `${path}.ts`, join(path, 'index.ts')])
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	throw new Error(`moduleClosure: cannot find "${specifier}" imported in ${folder}`);
}
