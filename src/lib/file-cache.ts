import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A stable name for some inputs: change any byte of any part and the key changes. */
export function contentKey(parts: readonly (string | Uint8Array)[]): string {
	const hash = createHash('sha256');
	for (const part of parts) {
		const bytes = typeof part === 'string' ? Buffer.from(part) : part;
		// The length first, so ['ab', 'c'] and ['a', 'bc'] differ.
		hash.update(`${bytes.length}:`).update(bytes);
	}
	return hash.digest('hex').slice(0, 32);
}

/**
 * Returns the file cached under `key` in `dir`, or makes it with `produce` and caches it.
 * Written to a temporary name and renamed, so a build stopped halfway never leaves half a file
 * under the real name. Nothing is ever removed: delete the folder to start afresh.
 */
export async function cachedFile(
	dir: string,
	key: string,
	produce: () => Promise<Uint8Array>,
): Promise<{ file: string; bytes: Buffer }> {
	const file = join(dir, key);
	try {
		return { file, bytes: await readFile(file) };
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}
	const bytes = Buffer.from(await produce());
	// Unique, so two writers of one key never share a temporary file.
	const partial = `${file}.${process.pid}-${randomUUID()}.partial`;
	try {
		try {
			await writeFile(partial, bytes);
		} catch (error) {
			// The folder is made only when the first write finds it missing, not before every file.
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
			await mkdir(dir, { recursive: true });
			await writeFile(partial, bytes);
		}
		await rename(partial, file);
	} catch (error) {
		await rm(partial, { force: true });
		throw error;
	}
	return { file, bytes };
}
