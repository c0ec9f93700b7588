import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { atOnce } from './at-once';

/**
 * Copies every file under `from` to the same path under `to`, many at a time: Node's own
 * `fs.cp` copies one file after another, which took 10 s for a search index of 14,000 small
 * files where this takes under 1 s.
 */
export async function copyFolder(from: string, to: string, width = 16): Promise<void> {
	const entries = (await readdir(from, { recursive: true, withFileTypes: true })).filter((entry) =>
		entry.isFile(),
	);
	for (const folder of new Set(entries.map((entry) => relative(from, entry.parentPath))))
		await mkdir(join(to, folder), { recursive: true });
	const files = entries.map((entry) => relative(from, join(entry.parentPath, entry.name)));
	await atOnce(files.length, width, (i) => copyFile(join(from, files[i]!), join(to, files[i]!)));
}
