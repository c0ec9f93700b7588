import { describe, expect, test } from 'vitest';
import { searchVocabulary, segmentThai } from '../../src/lib/search-terms';
import { correctSpelling } from '../../src/lib/spelling';

describe('segmentThai()', () => {
	test('puts spaces between Thai words and leaves other text alone', () => {
		// Word boundaries come from ICU's dictionary; the letters and their order never change.
		const segmented = segmentThai('ชาเชียงดาน่าน');
		expect(segmented.replaceAll(' ', '')).toBe('ชาเชียงดาน่าน');
		expect(segmented.startsWith('ชา ')).toBe(true);
		expect(segmented.endsWith(' น่าน')).toBe(true);
		expect(segmentThai('Kai Betong')).toBe('Kai Betong');
		expect(segmentThai('Betong ไก่เบตง')).toBe('Betong ไก่ เบตง');
	});
});

describe('searchVocabulary()', () => {
	test('lists lower-case words and whole Thai names once each', () => {
		const words = searchVocabulary(['Nan Silverware', 'เครื่องเงินน่าน', 'Nan silver']);
		expect(words).toEqual(
			expect.arrayContaining(['nan', 'silverware', 'silver', 'เครื่องเงินน่าน', 'น่าน']),
		);
		expect(words.filter((w) => w === 'nan')).toHaveLength(1);
	});
});

describe('correctSpelling()', () => {
	const vocabulary = ['betong', 'chicken', 'nan', 'silverware', 'pearls', 'phuket', 'เบตง', 'ไก่'];
	test('corrects one or two typing mistakes in known words', () => {
		expect(correctSpelling('betng chiken', vocabulary)).toBe('betong chicken');
		expect(correctSpelling('Phukett perls', vocabulary)).toBe('phuket pearls');
		expect(correctSpelling('silverwear', vocabulary)).toBe('silverware');
	});
	test('corrects Thai words too', () => {
		expect(correctSpelling('เบตอง', vocabulary)).toBe('เบตง');
	});
	test('leaves known words, prefixes of known words, and far-off words alone', () => {
		expect(correctSpelling('betong', vocabulary)).toBeUndefined();
		expect(correctSpelling('silv', vocabulary)).toBeUndefined();
		expect(correctSpelling('bangkok', vocabulary)).toBeUndefined();
		expect(correctSpelling('nam', vocabulary)).toBeUndefined();
	});
});
