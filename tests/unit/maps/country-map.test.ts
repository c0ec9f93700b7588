import { describe, expect, test } from 'vitest';
import { countryMap, labelWidth, placeLabels } from '../../../src/lib/maps/country-map';

const province = (id: string, lat: number, lng: number) => ({ id, capital: { lat, lng } });
const provinces = [
	province('bangkok', 13.7563, 100.5018),
	province('nonthaburi', 13.8621, 100.5144),
	province('nan', 18.7756, 100.773),
	province('ubon-ratchathani', 15.2287, 104.8564),
	province('yala', 6.5411, 101.2804),
];

describe('countryMap()', () => {
	const map = countryMap(provinces, new Set(['nan', 'ubon-ratchathani']), (p) => p.id);
	test('has one marker for every province, each inside the map', () => {
		expect(map.markers.map((m) => m.province.id)).toEqual(provinces.map((p) => p.id));
		for (const m of map.markers) {
			expect(m.x).toBeGreaterThan(0);
			expect(m.x).toBeLessThan(map.width);
			expect(m.y).toBeGreaterThan(0);
			expect(m.y).toBeLessThan(map.height);
		}
	});
	test('labels the provinces with stories, and only those', () => {
		expect(map.markers.filter((m) => m.label).map((m) => m.province.id)).toEqual([
			'nan',
			'ubon-ratchathani',
		]);
	});
	test('keeps a label near the eastern border inside the map by writing it to the left', () => {
		const ubon = map.markers.find((m) => m.province.id === 'ubon-ratchathani')!;
		expect(ubon.label!.anchor).toBe('end');
		expect(ubon.label!.x - labelWidth('ubon-ratchathani')).toBeGreaterThanOrEqual(0);
	});
});

describe('placeLabels()', () => {
	const frame = { width: 300, height: 500 };
	test('puts a label to the right of its dot when there is room', () => {
		const [label] = placeLabels([{ x: 100, y: 100, text: 'Nan' }], frame);
		expect(label).toMatchObject({ anchor: 'start' });
		expect(label!.x).toBeGreaterThan(100);
	});
	test('moves the second of two close labels so they do not overlap', () => {
		const [first, second] = placeLabels(
			[
				{ x: 100, y: 100, text: 'Bangkok' },
				{ x: 102, y: 104, text: 'Nonthaburi' },
			],
			frame,
		);
		expect(first!.anchor).toBe('start');
		expect(second).not.toEqual(first);
		expect(second!.anchor).not.toBe('start');
	});
	test('keeps a label off the dot of a province without stories when it can', () => {
		const [label] = placeLabels([{ x: 100, y: 100, text: 'Nan' }], frame, [{ x: 120, y: 100 }]);
		expect(label!.anchor).not.toBe('start');
	});
});

describe('labelWidth()', () => {
	test('grows with the text, and Thai marks above or below a letter add no width', () => {
		expect(labelWidth('Nan')).toBeLessThan(labelWidth('Nan Province'));
		expect(labelWidth('น่าน')).toBe(labelWidth('นาน'));
	});
});
