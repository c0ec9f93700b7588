import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** A folder that exists while one test worker builds: mkdir either creates it or fails, atomically. */
const lock = join(root, 'tests/.output/build.lock');

/** True when the process that took the lock is gone (a worker killed mid-build leaves its lock). */
function abandoned(): boolean {
	let pid: number;
	try {
		pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
	} catch {
		return false; // being taken right now: the owner has not written its pid yet
	}
	try {
		process.kill(pid, 0);
		return false;
	} catch {
		return true;
	}
}

/**
 * Runs `build` while no other test worker builds. Every Astro build rewrites the project's `.astro/`
 * (the content modules and picture imports of the content it builds), so two fixture builds at once
 * could publish each other's content. Test files that build run beside the others, one build at a time.
 */
export async function withBuildLock<T>(build: () => T | Promise<T>): Promise<T> {
	mkdirSync(join(root, 'tests/.output'), { recursive: true });
	for (;;) {
		try {
			mkdirSync(lock);
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			if (abandoned()) rmSync(lock, { recursive: true, force: true });
			else await new Promise((resolve) => setTimeout(resolve, 250));
		}
	}
	try {
		writeFileSync(join(lock, 'pid'), String(process.pid));
		return await build();
	} finally {
		rmSync(lock, { recursive: true, force: true });
	}
}
