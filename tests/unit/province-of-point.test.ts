import { describe, expect, test } from 'vitest';
import { nearestCapital, pointOutside } from '../../src/lib/province-of-point';

// Four capitals in a row from north to south, about 110 km apart; b borders a and c, c borders b and d.
const provinces = [
	{ id: 'a', capital: { lat: 19, lng: 100 } },
	{ id: 'b', capital: { lat: 18, lng: 100 } },
	{ id: 'c', capital: { lat: 17, lng: 100 } },
	{ id: 'd', capital: { lat: 16, lng: 100 } },
];
const neighbours = { a: ['b'], b: ['a', 'c'], c: ['b', 'd'], d: ['c'] };

describe('nearestCapital()', () => {
	test('is the province whose capital is nearest in a straight line', () => {
		expect(nearestCapital({ lat: 18.4, lng: 100.3 }, provinces)).toBe('b');
		expect(nearestCapital({ lat: 16.2, lng: 99.5 }, provinces)).toBe('d');
	});
});

describe('pointOutside()', () => {
	test('accepts a point nearest to its own capital or to a neighbour’s', () => {
		expect(pointOutside({ lat: 18.1, lng: 100 }, ['b'], provinces, neighbours)).toBeUndefined();
		// Near b's border with c: c's capital is nearer, and c is b's neighbour.
		expect(pointOutside({ lat: 17.4, lng: 100 }, ['b'], provinces, neighbours)).toBeUndefined();
	});
	test('names the nearest capital of a point that cannot be in the province', () => {
		expect(pointOutside({ lat: 16.1, lng: 100 }, ['a'], provinces, neighbours)).toBe('d');
	});
	test('accepts a point in any of a journey’s provinces', () => {
		expect(
			pointOutside({ lat: 16.1, lng: 100 }, ['a', 'd'], provinces, neighbours),
		).toBeUndefined();
	});
	test('with no neighbours known, only the own capital counts', () => {
		expect(pointOutside({ lat: 17.4, lng: 100 }, ['b'], provinces, {})).toBe('c');
	});
});
