import { describe, expect, test } from 'vitest';
import { textLanguage } from '../../src/lib/text-language';

describe('textLanguage()', () => {
	test('tells Thai script from Latin', () => {
		expect(textLanguage('ไก่เบตง')).toBe('th');
		expect(textLanguage('Kai Betong')).toBe('en');
		expect(textLanguage('Betong ไก่')).toBe('th');
		expect(textLanguage('勿洞鸡')).toBe('zh');
	});
});
