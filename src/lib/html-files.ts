import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

/**
 * The pages in a built site's folder as pagefind finds them: every file (not folder) whose name
 * ends in .html, by its path inside `dir`, in no set order.
 */
export async function htmlFiles(dir: string): Promise<string[]> {
	return (await readdir(dir, { recursive: true, withFileTypes: true }))
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}
