import { describe, expect, test } from 'vitest';
import { nameHolds, searchVocabulary, segmentThai } from '../../src/lib/search-terms';

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

describe('nameHolds()', () => {
	test('finds each English word at the start of a word of the name, in any case', () => {
		expect(nameHolds('Nan Silverware', 'silv')).toBe(true);
		expect(nameHolds('Nan Silverware', 'SILVERWARE nan')).toBe(true);
		expect(nameHolds('Nan Silverware', 'ware')).toBe(false);
		expect(nameHolds('Nan Silverware', 'nan tea')).toBe(false);
	});

	test('finds Thai as typed, not a shorter word inside a longer one', () => {
		expect(nameHolds('ผ้าทอเมืองน่าน', 'ผ้าทอ')).toBe(true);
		expect(nameHolds('กล้วยหอมทอง กล้วย หอม ทอง', 'ผ้าทอ')).toBe(false);
		expect(nameHolds('ผ้ากาบบัว · Pha Kap Bua', 'ผ้า kap')).toBe(true);
	});
});
