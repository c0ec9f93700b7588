import { describe, expect, test } from 'vitest';
import { dayCount, groupByDay, hoursAndMinutes, journeyDays } from '../../src/lib/itinerary-days';

const stop = (id: string, day: number, lat: number, minutes?: number) => ({
	id,
	day,
	coordinates: { lat, lng: 100 },
	...(minutes ? { minutes } : {}),
});

describe('dayCount() and groupByDay()', () => {
	test('count the days and keep each day’s stops in order', () => {
		const stops = [stop('a', 1, 18), stop('b', 1, 18.1), stop('c', 2, 18.2)];
		expect(dayCount(stops)).toBe(2);
		expect(groupByDay(stops).map((d) => [d.day, d.stops.map((s) => s.id)])).toEqual([
			[1, ['a', 'b']],
			[2, ['c']],
		]);
	});
});

describe('journeyDays()', () => {
	const days = journeyDays([
		stop('a', 1, 18, 90),
		stop('b', 1, 18.1, 60),
		stop('c', 2, 18.3, 30),
		stop('d', 2, 18.3),
	]);
	test('numbers the stops through the whole journey, across days', () => {
		expect(days.map((d) => d.stops.map((s) => `${s.id}${s.number}`))).toEqual([
			['a1', 'b2'],
			['c3', 'd4'],
		]);
	});
	test('gives each stop but the first its straight-line distance from the stop before', () => {
		const [a, b] = days[0]!.stops;
		const [c, d] = days[1]!.stops;
		expect(a!.straightLineKm).toBeUndefined();
		// 0.1° of latitude is about 11 km; the first stop of day 2 is measured from the last of day 1.
		expect(b!.straightLineKm).toBeCloseTo(11.1, 1);
		expect(c!.straightLineKm).toBeCloseTo(22.2, 1);
		expect(d!.straightLineKm).toBe(0);
	});
	test('adds up a day’s time on site only when every stop says how long it takes', () => {
		expect(days[0]!.minutesOnSite).toBe(150);
		expect(days[1]!.minutesOnSite).toBeUndefined();
	});
});

describe('hoursAndMinutes()', () => {
	test('splits minutes into whole hours and the rest', () => {
		expect(hoursAndMinutes(270)).toEqual({ hours: 4, minutes: 30 });
		expect(hoursAndMinutes(45)).toEqual({ hours: 0, minutes: 45 });
	});
});
