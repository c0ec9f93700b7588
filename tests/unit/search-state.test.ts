import { describe, expect, test } from 'vitest';
import {
	maxQueryLength,
	normalizeQuery,
	readSearchState,
	searchString,
	withSearchState,
} from '../../src/lib/search-state';

describe('normalizeQuery()', () => {
	test('trims and collapses spaces', () => {
		expect(normalizeQuery('  ไก่   เบตง ')).toBe('ไก่ เบตง');
	});
	test(`cuts a very long query to ${maxQueryLength} characters without splitting a character`, () => {
		const long = 'ก'.repeat(5000);
		expect(normalizeQuery(long)).toHaveLength(maxQueryLength);
		expect(normalizeQuery('😀'.repeat(200))).toBe('😀'.repeat(maxQueryLength));
	});
	test('gives an empty string for blank input', () => {
		expect(normalizeQuery(' \n\t ')).toBe('');
	});
});

describe('readSearchState() and searchString()', () => {
	const offered = { kind: ['product', 'itinerary'], region: ['north', 'south'] };
	test('reads the query and the offered filters', () => {
		expect(
			readSearchState(new URLSearchParams('q=%20silver%20&kind=product&region=south'), offered),
		).toEqual({
			query: 'silver',
			filters: { kind: 'product', region: 'south' },
		});
	});
	test('drops filter values that are not offered', () => {
		expect(
			readSearchState(new URLSearchParams('q=x&region=<script>&category=food'), offered).filters,
		).toEqual({});
	});
	test('writes a state back to the same URL, leaving out empty values', () => {
		const state = { query: 'ไก่ เบตง', filters: { region: 'south' } };
		expect(readSearchState(new URLSearchParams(searchString(state)), offered)).toEqual(state);
		expect(searchString({ query: '', filters: {} })).toBe('');
	});
});

describe('withSearchState()', () => {
	test('gives the other language’s search page the same query and filters', () => {
		const state = { query: 'ผ้า ทอ', filters: { region: 'north', kind: 'product' } } as const;
		expect(withSearchState('/en/search/', state)).toBe(
			'/en/search/?q=%E0%B8%9C%E0%B9%89%E0%B8%B2+%E0%B8%97%E0%B8%AD&kind=product&region=north',
		);
	});

	test('replaces what the link carried before, and drops it for a blank search', () => {
		const state = { query: 'tea', filters: {} };
		expect(withSearchState('/th/search/?q=silver#x', state)).toBe('/th/search/?q=tea');
		expect(withSearchState('/th/search/?q=silver', { query: '', filters: {} })).toBe('/th/search/');
	});
});
