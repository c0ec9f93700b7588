import { describe, expect, test } from 'vitest';
import { roundDistance, straightLineKm } from '../../src/lib/distance';

describe('straightLineKm()', () => {
	test('is 0 between a point and itself, and the same both ways', () => {
		const nan = { lat: 18.7763, lng: 100.7708 };
		const bangkok = { lat: 13.7563, lng: 100.5018 };
		expect(straightLineKm(nan, nan)).toBe(0);
		expect(straightLineKm(nan, bangkok)).toBeCloseTo(straightLineKm(bangkok, nan), 9);
	});
	test('measures a degree of latitude as about 111 km, and a degree of longitude less away from the equator', () => {
		expect(straightLineKm({ lat: 0, lng: 100 }, { lat: 1, lng: 100 })).toBeCloseTo(111.2, 1);
		const atNan = straightLineKm({ lat: 18.8, lng: 100 }, { lat: 18.8, lng: 101 });
		// cos(18.8°) ≈ 0.947 of a degree at the equator.
		expect(atNan).toBeCloseTo(111.2 * Math.cos((18.8 * Math.PI) / 180), 0);
	});
});

describe('roundDistance()', () => {
	test('gives short distances in metres, to 100 m, and never 0', () => {
		expect(roundDistance(0.26)).toEqual({ value: 300, unit: 'm' });
		expect(roundDistance(0.01)).toEqual({ value: 100, unit: 'm' });
	});
	test('gives kilometres to the half under 10 km and whole beyond', () => {
		expect(roundDistance(0.97)).toEqual({ value: 1, unit: 'km' });
		expect(roundDistance(2.3)).toEqual({ value: 2.5, unit: 'km' });
		expect(roundDistance(34.8)).toEqual({ value: 35, unit: 'km' });
	});
});
