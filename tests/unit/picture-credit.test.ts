import { expect, test } from 'vitest';
import { creditIn } from '../../src/lib/picture-credit';

test('a credit with both forms is printed in the page language', () => {
	const credit = { th: 'ของดี', en: 'Khong Dee' };
	expect(creditIn(credit, 'th')).toBe('ของดี');
	expect(creditIn(credit, 'en')).toBe('Khong Dee');
});

test('a credit with one name is printed as written on both pages', () => {
	expect(creditIn('Jane Doe', 'th')).toBe('Jane Doe');
	expect(creditIn('สมชาย ใจดี', 'en')).toBe('สมชาย ใจดี');
});
