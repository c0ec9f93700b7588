import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en';
import { th } from '../../src/i18n/th';
import { useTranslations } from '../../src/i18n/translations';

describe('useTranslations()', () => {
	test('fills placeholders in each language', () => {
		expect(useTranslations('en')('itinerary.day', { n: 2 })).toBe('Day 2');
		expect(useTranslations('th')('itinerary.day', { n: 2 })).toBe('วันที่ 2');
	});
	test('leaves an unknown placeholder visible rather than blank', () => {
		expect(useTranslations('en')('itinerary.day')).toBe('Day {n}');
	});
	test('Thai and English have the same keys and the same placeholders', () => {
		expect(Object.keys(th).sort()).toEqual(Object.keys(en).sort());
		for (const key of Object.keys(en) as (keyof typeof en)[]) {
			const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
			expect(names(th[key]), key).toEqual(names(en[key]));
		}
	});
	test('Thai strings are written in Thai, not left in English', () => {
		const thai: Record<string, string> = th;
		const untranslated = Object.keys(en).filter((key) => thai[key] === en[key as keyof typeof en]);
		expect(untranslated).toEqual([]);
	});
});
