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

/** The formulas the loops compute, one byte at a time (what they must stay equal to). */
const reference = {
	shade: (value: number, opacity: number) => (value * Math.round((1 - opacity) * 256) + 128) >> 8,
	blend: (over: number, alpha: number, under: number) =>
		Math.round((over * alpha + under * (255 - alpha)) / 255),
};

/** Deterministic noise, so that a failure can be run again. */
function noise(length: number, seed: number): Uint8Array {
	const bytes = new Uint8Array(length);
	let state = seed;
	for (let i = 0; i < length; i++) {
		state = (Math.imul(state, 1103515245) + 12345) >>> 0;
		bytes[i] = state >>> 24;
	}
	return bytes;
}

describe('the pixel loops equal their formulas on every byte', () => {
	test('shadeRows, whether its rows start on a four-byte word or not', () => {
		const opacity = (y: number) => [0, 0.85, 0.5, 0.003, 1, 0.2][y % 6]!;
		// 4 pixels a row is word-aligned; 5 is not; an offset of 1 byte is never aligned.
		for (const [width, offset] of [
			[4, 0],
			[5, 0],
			[4, 1],
		] as const) {
			const height = 12;
			const original = noise(width * height * 3 + offset, width + offset);
			const data = new Uint8Array(original).subarray(offset);
			shadeRows({ width, height, channels: 3, data }, opacity);
			const want = original
				.subarray(offset)
				.map((value, i) => reference.shade(value, opacity(Math.floor(i / (width * 3)))));
			expect([...data]).toEqual([...want]);
		}
	});

	test('blendOver, for every alpha, layer value and image value', () => {
		// One row a layer value, one column an alpha; the image holds one value throughout.
		const layer = {
			width: 256,
			height: 256,
			channels: 4 as const,
			data: new Uint8Array(256 * 256 * 4),
		};
		for (let value = 0; value < 256; value++)
			for (let alpha = 0; alpha < 256; alpha++)
				layer.data.set([value, value, 255 - value, alpha], (value * 256 + alpha) * 4);
		let wrong = 0;
		for (let under = 0; under < 256; under++) {
			const image = grey(256, 256, under);
			blendOver(image, layer, 0, 0);
			for (let value = 0; value < 256; value++)
				for (let alpha = 0; alpha < 256; alpha++) {
					const at = (value * 256 + alpha) * 3;
					if (image.data[at] !== reference.blend(value, alpha, under)) wrong++;
					if (image.data[at + 2] !== reference.blend(255 - value, alpha, under)) wrong++;
				}
		}
		expect(wrong).toBe(0);
	});
});
