import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cachedFile, contentKey } from '../../src/lib/file-cache';

describe('contentKey', () => {
	test('changes with any part', () => {
		const key = contentKey(['design', Buffer.from([1, 2, 3]), 'เครื่องเงินน่าน']);
		expect(contentKey(['design', Buffer.from([1, 2, 4]), 'เครื่องเงินน่าน'])).not.toBe(key);
		expect(contentKey(['design', Buffer.from([1, 2, 3]), 'Nan silverware'])).not.toBe(key);
		expect(contentKey(['design', Buffer.from([1, 2, 3]), 'เครื่องเงินน่าน'])).toBe(key);
	});

	test('tells apart the same bytes split differently', () => {
		expect(contentKey(['ab', 'c'])).not.toBe(contentKey(['a', 'bc']));
	});
});

describe('cachedFile', () => {
	let dir: string;
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'khong-dee-cache-'));
	});
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	test('makes a file once and then reads it back', async () => {
		let made = 0;
		const produce = async () => {
			made++;
			return Buffer.from('picture');
		};
		const first = await cachedFile(join(dir, 'images'), 'k.jpg', produce);
		const second = await cachedFile(join(dir, 'images'), 'k.jpg', produce);
		expect(made).toBe(1);
		expect(second.bytes.toString()).toBe('picture');
		expect(second.file).toBe(first.file);
	});

	test('keeps nothing when making the file fails, so the next build tries again', async () => {
		await expect(
			cachedFile(dir, 'k.jpg', async () => {
				throw new Error('cannot draw');
			}),
		).rejects.toThrow('cannot draw');
		expect(readdirSync(dir)).toEqual([]);
		expect(existsSync(join(dir, 'k.jpg'))).toBe(false);
	});

	test('reports a cache it cannot write to, and leaves no temporary file', async () => {
		// A file where the cache folder should be: the write fails whoever runs the test (even root).
		writeFileSync(join(dir, 'blocked'), '');
		await expect(
			cachedFile(join(dir, 'blocked'), 'k.jpg', async () => Buffer.from('picture')),
		).rejects.toThrow(/ENOTDIR/);
		expect(readdirSync(dir)).toEqual(['blocked']);
	});

	test('cleans up its temporary file when the last step fails', async () => {
		// A folder appears where the cached file should go while it is made: the temporary file is
		// written, and the rename onto the folder fails.
		const produce = async () => {
			mkdirSync(join(dir, 'k.jpg', 'inside'), { recursive: true });
			return Buffer.from('picture');
		};
		await expect(cachedFile(dir, 'k.jpg', produce)).rejects.toThrow();
		expect(readdirSync(dir)).toEqual(['k.jpg']);
	});
});
