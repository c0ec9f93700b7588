import { describe, expect, test } from 'vitest';
import { highlightParts } from '../../src/lib/highlight';

describe('highlightParts()', () => {
	test('marks each occurrence of each query word, ignoring case', () => {
		expect(highlightParts('Betong chicken from betong town', 'BETONG')).toEqual([
			{ text: 'Betong', marked: true },
			{ text: ' chicken from ', marked: false },
			{ text: 'betong', marked: true },
			{ text: ' town', marked: false },
		]);
	});
	test('marks Thai inside words, since Thai has no spaces', () => {
		expect(highlightParts('ไก่เบตงต้มสับ', 'เบตง')).toEqual([
			{ text: 'ไก่', marked: false },
			{ text: 'เบตง', marked: true },
			{ text: 'ต้มสับ', marked: false },
		]);
	});
	test('marks a Thai run whole where it stands, and its words where they stand apart', () => {
		expect(highlightParts('ผ้าทอลายน้ำไหล ผ้าไหมที่ทอมือ', 'ผ้าทอ')).toEqual([
			{ text: 'ผ้าทอ', marked: true },
			{ text: 'ลายน้ำไหล ', marked: false },
			{ text: 'ผ้า', marked: true },
			{ text: 'ไหมที่', marked: false },
			{ text: 'ทอ', marked: true },
			{ text: 'มือ', marked: false },
		]);
	});
	test('treats regular-expression characters in the query as text, and skips one-letter words', () => {
		expect(highlightParts('a (b) c', '(b) a')).toEqual([
			{ text: 'a ', marked: false },
			{ text: '(b)', marked: true },
			{ text: ' c', marked: false },
		]);
		expect(highlightParts('anything', '')).toEqual([{ text: 'anything', marked: false }]);
	});
});
