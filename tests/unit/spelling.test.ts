import { describe, expect, test } from 'vitest';
import { correctSpelling, splitRunTogether, type SpellingVocabulary } from '../../src/lib/spelling';

const vocabulary: SpellingVocabulary = {
	names: ['chiang mai', 'chiang rai', 'nan', 'kai betong', 'phuket pearls', 'เชียงใหม่'],
	words: [
		...['betong', 'chicken', 'nan', 'silverware', 'pearls', 'phuket', 'เบตง', 'ไก่'],
		...['chiang', 'mai', 'rai', 'chiangda', 'tea', 'kai', 'gai', 'เชียงใหม่'],
	],
};

describe('correctSpelling()', () => {
	test('corrects one or two typing mistakes in known words', () => {
		expect(correctSpelling('betng chiken', vocabulary)).toBe('betong chicken');
		expect(correctSpelling('Phukett perls', vocabulary)).toBe('phuket pearls');
		expect(correctSpelling('silverwear', vocabulary)).toBe('silverware');
	});

	test('corrects Thai words too', () => {
		expect(correctSpelling('เบตอง', vocabulary)).toBe('เบตง');
		expect(correctSpelling('เชียงไหม่', vocabulary)).toBe('เชียงใหม่');
	});

	test('reads a place or product name typed without its spaces as that name', () => {
		// "chiangda" (a tea) is two keystrokes from "chiangmai": the place name, exact once spaced, wins.
		expect(correctSpelling('chiangmai', vocabulary)).toBe('chiang mai');
		expect(correctSpelling('ChiangMai', vocabulary)).toBe('chiang mai');
		expect(correctSpelling('kaibetong', vocabulary)).toBe('kai betong');
		// …even with a slip in it, and with the words split wrongly
		expect(correctSpelling('chiangmia', vocabulary)).toBe('chiang mai');
		expect(correctSpelling('chi angmai', vocabulary)).toBe('chiang mai');
	});

	test('splits known words run together inside a longer query', () => {
		expect(correctSpelling('gaibetong rice', vocabulary)).toBe('gai betong rice');
		expect(correctSpelling('chiangmai silverware', vocabulary)).toBe('chiang mai silverware');
	});

	test('prefers a name to another word the same number of keystrokes away', () => {
		const words = ['rayons', 'rayong'];
		expect(correctSpelling('rayonx', { names: ['rayong'], words })).toBe('rayong');
		expect(correctSpelling('rayonx', { names: [], words })).toBe('rayons');
	});

	test('leaves known words, prefixes of known words, and far-off words alone', () => {
		expect(correctSpelling('betong', vocabulary)).toBeUndefined();
		expect(correctSpelling('chiang mai', vocabulary)).toBeUndefined();
		expect(correctSpelling('silv', vocabulary)).toBeUndefined();
		expect(correctSpelling('bangkok', vocabulary)).toBeUndefined();
		expect(correctSpelling('nam', vocabulary)).toBeUndefined();
		expect(correctSpelling('   ', vocabulary)).toBeUndefined();
	});
});

describe('splitRunTogether()', () => {
	const known = new Set(['kai', 'betong', 'be', 'tong', 'chiang', 'mai']);
	test('splits into as few known words as it can', () => {
		expect(splitRunTogether('kaibetong', known)).toBe('kai betong');
		expect(splitRunTogether('chiangmai', known)).toBe('chiang mai');
	});
	test('gives nothing for one word alone or letters left over', () => {
		expect(splitRunTogether('betong', known)).toBeUndefined();
		expect(splitRunTogether('kaibetongx', known)).toBeUndefined();
	});
});
