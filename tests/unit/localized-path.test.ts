import { describe, expect, test } from 'vitest';
import { isLocale, otherLocale } from '../../src/i18n/locales';
import { localeFromPath, localizedPath, withBase, withoutBase } from '../../src/lib/localized-path';
import { routes } from '../../src/lib/routes';

describe('localizedPath()', () => {
	test('returns the English path for a Thai product page', () => {
		expect(localizedPath('/th/products/nan-silverware/', 'en')).toBe(
			'/en/products/nan-silverware/',
		);
	});
	test('returns the Thai path for an English province page', () => {
		expect(localizedPath('/en/provinces/nan/', 'th')).toBe('/th/provinces/nan/');
	});
	test('keeps a path already in the target language', () => {
		expect(localizedPath('/th/search/', 'th')).toBe('/th/search/');
	});
	test('prefixes a language-neutral path such as the root', () => {
		expect(localizedPath('/', 'en')).toBe('/en/');
	});
	test('does not take a slug that looks like a locale for the language', () => {
		expect(localizedPath('/en/products/th/', 'th')).toBe('/th/products/th/');
	});
});

describe('localeFromPath()', () => {
	test('reads the locale from the first segment', () => {
		expect(localeFromPath('/en/itineraries/x/')).toBe('en');
		expect(localeFromPath('/th/')).toBe('th');
	});
	test('is undefined for the root and for unknown prefixes', () => {
		expect(localeFromPath('/')).toBeUndefined();
		expect(localeFromPath('/fr/products/')).toBeUndefined();
	});
});

describe('withBase() and routes', () => {
	test('joins a relative path to the base path once', () => {
		expect(withBase('th/')).toBe('/th/');
		expect(withBase('/th/')).toBe('/th/');
		expect(withoutBase('/th/products/')).toBe('/th/products/');
	});
	test('every route ends with a slash and starts with its language', () => {
		const paths = [
			routes.home('en'),
			routes.products('th'),
			routes.product('en', 'nan-silverware'),
			routes.provinces('th'),
			routes.province('en', 'nan'),
			routes.itineraries('th'),
			routes.itinerary('en', 'nan-crafts'),
			routes.search('th'),
		];
		for (const path of paths) {
			expect(path).toMatch(/^\/(th|en)\/(.+\/)?$/);
		}
		expect(routes.product('en', 'nan-silverware')).toBe('/en/products/nan-silverware/');
	});
});

describe('locales', () => {
	test('isLocale() accepts th and en only', () => {
		expect(isLocale('th')).toBe(true);
		expect(isLocale('en')).toBe(true);
		expect(isLocale('fr')).toBe(false);
		expect(isLocale('toString')).toBe(false);
		expect(isLocale(undefined)).toBe(false);
	});
	test('otherLocale() swaps the two languages', () => {
		expect(otherLocale('th')).toBe('en');
		expect(otherLocale('en')).toBe('th');
	});
});
