import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { anuphanFile } from '../../src/lib/fonts';
import { woff2ToTtf } from '../../src/lib/woff2';

/**
 * Whether a TrueType file is whole: the OpenType spec makes the 32-bit sum of all its words
 * (head.checkSumAdjustment included) the fixed value 0xB1B0AFBA.
 */
function fontChecksumHolds(ttf: Uint8Array): boolean {
	const padded = new Uint8Array(Math.ceil(ttf.length / 4) * 4);
	padded.set(ttf);
	const words = new DataView(padded.buffer);
	let sum = 0;
	for (let i = 0; i < padded.length; i += 4) sum = (sum + words.getUint32(i)) >>> 0;
	return sum === 0xb1b0afba;
}

const woff2 = (['thai', 'latin'] as const).map((subset) => readFileSync(anuphanFile(subset)));

describe('woff2ToTtf', () => {
	test('unpacks each of the site fonts into a whole TrueType file', async () => {
		for (const font of woff2) {
			const ttf = await woff2ToTtf(font);
			expect(ttf.readUInt32BE(0)).toBe(0x00010000);
			expect(fontChecksumHolds(ttf)).toBe(true);
		}
	});

	test('fonts unpacked at once each get their own bytes, as when unpacked alone', async () => {
		const alone: Buffer[] = [];
		for (const font of woff2) alone.push(await woff2ToTtf(font));
		const together = await Promise.all([...woff2, ...woff2].map((font) => woff2ToTtf(font)));
		const expected = [...alone, ...alone];
		expect(together.map((ttf, i) => ttf.equals(expected[i]!))).toEqual([true, true, true, true]);
		expect(together.every(fontChecksumHolds)).toBe(true);
	});

	test('a file that is not WOFF2 is refused, and the next font still unpacks', async () => {
		await expect(woff2ToTtf(new TextEncoder().encode('not a font'))).rejects.toThrow(
			'ConvertWOFF2ToTTF failed',
		);
		expect(fontChecksumHolds(await woff2ToTtf(woff2[0]!))).toBe(true);
	});
});
