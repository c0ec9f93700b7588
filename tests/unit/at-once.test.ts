import { expect, test } from 'vitest';
import { atOnce } from '../../src/lib/at-once';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

test('does every index once, never more than `width` at a time', async () => {
	const done: number[] = [];
	let running = 0;
	let most = 0;
	await atOnce(20, 3, async (index) => {
		most = Math.max(most, ++running);
		await tick();
		running--;
		done.push(index);
	});
	expect(done.sort((a, b) => a - b)).toEqual([...Array(20).keys()]);
	expect(most).toBe(3);
});

test('rejects with the first error and starts nothing after it', async () => {
	const started: number[] = [];
	await expect(
		atOnce(50, 2, async (index) => {
			started.push(index);
			await tick();
			if (index === 3) throw new Error('page 3');
		}),
	).rejects.toThrow('page 3');
	expect(Math.max(...started)).toBeLessThan(6);
});

test('does nothing for no work', async () => {
	await expect(atOnce(0, 8, () => Promise.reject(new Error('never')))).resolves.toBeUndefined();
});
