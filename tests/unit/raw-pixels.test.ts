import { describe, expect, test } from 'vitest';
import { blendOver, darkenPill, shadeRows } from '../../src/lib/raw-pixels';

/** A width × height RGB image of one grey level. */
const grey = (width: number, height: number, level = 200) => ({
	width,
	height,
	channels: 3 as const,
	data: new Uint8Array(width * height * 3).fill(level),
});
const pixel = (image: { width: number; data: Uint8Array }, x: number, y: number) => [
	...image.data.subarray((y * image.width + x) * 3, (y * image.width + x) * 3 + 3),
];

describe('shadeRows', () => {
	test('darkens each row by its own opacity and leaves clear rows alone', () => {
		const image = grey(2, 3);
		shadeRows(image, (y) => [0, 0.5, 1][y]!);
		expect([pixel(image, 1, 0), pixel(image, 1, 1), pixel(image, 1, 2)]).toEqual([
			[200, 200, 200],
			[100, 100, 100],
			[0, 0, 0],
		]);
	});
});

describe('blendOver', () => {
	test('mixes by alpha: opaque replaces, clear keeps, half is between', () => {
		const image = grey(3, 1, 0);
		const layer = {
			width: 3,
			height: 1,
			channels: 4 as const,
			data: Uint8Array.from([255, 255, 255, 255, 255, 255, 255, 0, 255, 0, 0, 128]),
		};
		blendOver(image, layer, 0, 0);
		expect([pixel(image, 0, 0), pixel(image, 1, 0), pixel(image, 2, 0)]).toEqual([
			[255, 255, 255],
			[0, 0, 0],
			[128, 0, 0],
		]);
	});

	test('clips a layer that reaches past the edges', () => {
		const image = grey(2, 2, 0);
		const white = { width: 3, height: 3, channels: 4 as const, data: new Uint8Array(36).fill(255) };
		blendOver(image, white, 1, 1);
		expect([pixel(image, 0, 0), pixel(image, 1, 1)]).toEqual([
			[0, 0, 0],
			[255, 255, 255],
		]);
		blendOver(image, white, -2, -2);
		expect(pixel(image, 0, 0)).toEqual([255, 255, 255]);
	});
});

describe('darkenPill', () => {
	test('darkens the middle of the pill but not the corners outside its round ends', () => {
		const image = grey(20, 10);
		darkenPill(image, { left: 0, top: 0, width: 20, height: 10 }, 0.5);
		expect(pixel(image, 10, 5)).toEqual([100, 100, 100]);
		expect(pixel(image, 0, 0)).toEqual([200, 200, 200]);
		expect(pixel(image, 19, 9)).toEqual([200, 200, 200]);
		expect(pixel(image, 1, 5)).toEqual([100, 100, 100]);
	});
});
