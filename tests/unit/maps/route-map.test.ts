import { geoMercator } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { straightLineKm } from '../../../src/lib/distance';
import {
	placeLabel,
	routeMap,
	routeMapSizes,
	scaleBar,
	shortName,
	textWidthEm,
} from '../../../src/lib/maps/route-map';

const stops = [
	{
		id: 'museum',
		number: 1,
		name: 'Nan National Museum',
		coordinates: { lat: 18.7763, lng: 100.7708 },
	},
	{ id: 'phumin', number: 2, name: 'Wat Phumin', coordinates: { lat: 18.7745, lng: 100.7716 } },
	{ id: 'nong-bua', number: 3, name: 'Wat Nong Bua', coordinates: { lat: 19.0887, lng: 100.7861 } },
];
const towns = [
	{ name: 'Nan', coordinates: { lat: 18.7833, lng: 100.7781 } },
	{ name: 'Bangkok', coordinates: { lat: 13.7563, lng: 100.5018 } },
];
const map = routeMap(stops, towns, 440, 360);
const points = (path: string) =>
	path
		.slice(1)
		.split('L')
		.map((p) => p.split(',').map(Number) as [number, number]);

describe('routeMap()', () => {
	test('draws the outlines of each frame of its own, even when frames differ only a little', () => {
		// On Phuket's coast, so that the land's outline crosses every frame.
		const coast = [
			{ id: 'town', number: 1, name: 'Phuket Town', coordinates: { lat: 7.8804, lng: 98.3923 } },
			{ id: 'patong', number: 2, name: 'Patong', coordinates: { lat: 7.8961, lng: 98.2966 } },
		];
		const moved = (by: number) =>
			coast.map((s) => ({ ...s, coordinates: { ...s.coordinates, lng: s.coordinates.lng + by } }));
		const first = routeMap(coast, [], 440, 360);
		// Drawn again for the same stops (a journey's other language): the same outlines.
		expect(routeMap(moved(0), [], 440, 360).land).toBe(first.land);
		const near = routeMap(moved(0.01), [], 440, 360);
		const far = routeMap(moved(0.5), [], 440, 360);
		expect(new Set([first.land, near.land, far.land]).size).toBe(3);
		// The same frame at another size.
		expect(routeMap(coast, [], 220, 180).land).not.toBe(first.land);
	});

	test('keeps every stop, and its whole marker, inside the frame', () => {
		const r = routeMapSizes.marker;
		for (const m of map.markers) {
			expect(m.x).toBeGreaterThanOrEqual(r);
			expect(m.x).toBeLessThanOrEqual(440 - r);
			expect(m.y).toBeGreaterThanOrEqual(r);
			expect(m.y).toBeLessThanOrEqual(360 - r);
		}
	});
	test('draws the route through every marker as drawn, in visiting order', () => {
		expect(points(map.route)).toEqual(map.markers.map((m) => [m.x, m.y]));
		expect(map.markers.map((m) => m.item.id)).toEqual(['museum', 'phumin', 'nong-bua']);
		// Stop 3 is the northernmost: the route ends at the top.
		expect(points(map.route)[2]![1]).toBeLessThan(points(map.route)[0]![1]);
	});
	test('spreads stops in one town apart instead of piling them up', () => {
		const [a, b] = map.markers;
		expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeGreaterThanOrEqual(routeMapSizes.marker * 2);
	});
	test('labels the stops with their names, and only the towns inside the frame', () => {
		expect(map.stopLabels.map((l) => l?.text)).toEqual([
			'Nan National Museum',
			'Wat Phumin',
			'Wat Nong Bua',
		]);
		expect(map.towns.map((t) => t.item.name)).toEqual(['Nan']);
	});
	test("draws no town square under a stop's marker, but still names the town", () => {
		const onStop = routeMap(stops, [{ name: 'Nan', coordinates: stops[2]!.coordinates }], 440, 360);
		expect(onStop.towns).toHaveLength(1);
		expect(onStop.towns[0]!.covered).toBe(true);
		expect(onStop.towns[0]!.label?.text).toBe('Nan');
		// Away from every stop (halfway up the route, to the west), the square is drawn.
		const away = routeMap(
			stops,
			[{ name: 'Town', coordinates: { lat: 18.93, lng: 100.72 } }],
			440,
			360,
		);
		expect(away.towns.map((t) => t.covered)).toEqual([false]);
	});
	test('has a scale bar of a round length', () => {
		expect(map.scale.px).toBeGreaterThan(20);
		expect(map.scale.px).toBeLessThanOrEqual(440 / 4);
		expect(String(map.scale.km)).toMatch(/^[125]0*$|^0\.0*[125]$/);
	});
});

describe('scaleBar()', () => {
	test('is as long on the map as its length on the ground', () => {
		const projection = geoMercator().center([100.77, 18.9]).scale(40000).translate([220, 180]);
		const bar = scaleBar(projection, 440, 360);
		const [lng1, lat1] = projection.invert!([100, 180])!;
		const [lng2, lat2] = projection.invert!([100 + bar.px, 180])!;
		const km = straightLineKm({ lat: lat1, lng: lng1 }, { lat: lat2, lng: lng2 });
		expect(km).toBeCloseTo(bar.km, 1);
	});
});

describe('placeLabel()', () => {
	const frame = { width: 200, height: 100 };
	test('puts a label right of its point when there is room, and claims the space', () => {
		const taken: Parameters<typeof placeLabel>[4] = [];
		const label = placeLabel({ x: 50, y: 50 }, 10, 'Nan', 15, taken, frame)!;
		expect(label.anchor).toBe('start');
		expect(label.x).toBeGreaterThan(60);
		expect(taken).toHaveLength(1);
	});
	test('goes left when the right is taken or out of the frame, and gives up when nowhere fits', () => {
		expect(placeLabel({ x: 190, y: 50 }, 10, 'Nan', 15, [], frame)!.anchor).toBe('end');
		const everything = [{ left: 0, top: 0, right: 200, bottom: 100 }];
		expect(placeLabel({ x: 100, y: 50 }, 10, 'Nan', 15, everything, frame)).toBeUndefined();
	});
});

describe('shortName() and textWidthEm()', () => {
	test('keep short names, and cut long ones between words', () => {
		expect(shortName('Wat Phumin')).toBe('Wat Phumin');
		expect(shortName('Kad Khuang Mueang Walking Street')).toBe('Kad Khuang Mueang…');
		expect(shortName('Kad Khuang Mueang Walking Street', 12)).toBe('Kad Khuang…');
		const thai = shortName('ถนนคนเดินกาดข่วงเมืองน่านยามเย็น', 12);
		expect(thai.endsWith('…')).toBe(true);
		expect('ถนนคนเดินกาดข่วงเมืองน่านยามเย็น'.startsWith(thai.slice(0, -1))).toBe(true);
	});
	test('never end on a bracket, a comma or a joining word', () => {
		expect(shortName('Wat Khuha Phimuk (Wat Na Tham)')).toBe('Wat Khuha Phimuk…');
		expect(shortName('Laem Hin Pier and an East-Coast Pearl Farm')).toBe('Laem Hin Pier…');
		expect(shortName('Nan National Museum, Old Town')).toBe('Nan National Museum…');
		expect(shortName('Ban Dung and its rock salt wells')).toBe('Ban Dung…');
		expect(shortName('วัดหนองบัวและบ้านหนองบัว', 11)).toBe('วัดหนองบัว…');
	});
	test('count Thai vowel and tone marks as taking no width', () => {
		expect(textWidthEm('น่าน')).toBe(textWidthEm('นาน'));
		expect(textWidthEm('Nan')).toBeGreaterThan(0);
	});
});
