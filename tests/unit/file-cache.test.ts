import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
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
});
