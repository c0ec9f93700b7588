import { describe, expect, test } from 'vitest';
import { straightLineKm } from '../../src/lib/distance';
import { nearbyProvinces, offersByProvince, roundedKm } from '../../src/lib/nearby-provinces';

const bangkok = { id: 'bangkok', capital: { lat: 13.7563, lng: 100.5018 } };
const nonthaburi = { id: 'nonthaburi', capital: { lat: 13.8621, lng: 100.5144 } };
const nan = { id: 'nan', capital: { lat: 18.7756, lng: 100.773 } };
const chiangMai = { id: 'chiang-mai', capital: { lat: 18.7883, lng: 98.9853 } };
const phuket = { id: 'phuket', capital: { lat: 7.8804, lng: 98.3923 } };

describe('roundedKm()', () => {
	test.each([
		[3, 5],
		[12.4, 10],
		[97.6, 100],
		[104, 100],
		[188.9, 190],
		[1234, 1230],
	])('%s km reads as %s km', (km, shown) => expect(roundedKm(km)).toBe(shown));
});

describe('offersByProvince()', () => {
	test('counts stories by province and journeys once for each province they pass', () => {
		const offers = offersByProvince(
			[{ province: { id: 'nan' } }, { province: { id: 'nan' } }, { province: { id: 'phuket' } }],
			[{ provinces: [{ id: 'nan' }, { id: 'phrae' }, { id: 'nan' }] }],
		);
		expect(Object.fromEntries(offers)).toEqual({
			nan: { stories: 2, journeys: 1 },
			phuket: { stories: 1, journeys: 0 },
			phrae: { stories: 0, journeys: 1 },
		});
	});
});

describe('nearbyProvinces()', () => {
	const provinces = [bangkok, nonthaburi, nan, chiangMai, phuket];
	const offers = offersByProvince(
		[{ province: nan }, { province: phuket }, { province: chiangMai }],
		[{ provinces: [bangkok] }],
	);
	test('lists only provinces with stories or journeys, nearest first, never the province itself', () => {
		const near = nearbyProvinces(chiangMai, provinces, offers);
		expect(near.map((n) => n.province.id)).toEqual(['nan', 'bangkok', 'phuket']);
		expect(near[0]).toMatchObject({ stories: 1, journeys: 0 });
		expect(near[1]).toMatchObject({ stories: 0, journeys: 1 });
	});
	test('gives the rounded straight-line distance', () => {
		const [first] = nearbyProvinces(chiangMai, provinces, offers);
		expect(first!.km).toBe(roundedKm(straightLineKm(chiangMai.capital, nan.capital)));
		expect(first!.km % 10).toBe(0);
	});
	test('stops at the limit', () => {
		expect(nearbyProvinces(nonthaburi, provinces, offers, 2)).toHaveLength(2);
	});
	test('is empty when no other province has anything yet', () => {
		expect(nearbyProvinces(nan, provinces, offersByProvince([{ province: nan }], []))).toEqual([]);
	});
});
