import { describe, expect, test } from 'vitest';
import {
	countryMap,
	labelBox,
	labelWidth,
	markerRadius,
	placeLabels,
} from '../../../src/lib/maps/country-map';
import type { Province } from '../../../src/schemas/province';
import { readItems, readYaml } from '../../support/content';

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

describe('the country map of the bundled content', () => {
	// Every province with a story or a journey is labelled; in both languages no label may cover another
	// label or another labelled province's marker (a small unlabelled dot may be touched).
	const all = readYaml<Province[]>('content/provinces.yaml');
	const labelled = new Set([
		...readItems('products').map((p) => String(p.facts['province'])),
		...readItems('itineraries').flatMap((i) => i.facts['provinces'] as string[]),
	]);
	test.each(['th', 'en'] as const)(
		'%s: labels cover no other label and no other labelled marker',
		(locale) => {
			const map = countryMap(all, labelled, (p) => p.name[locale]);
			const placed = map.markers.filter((m) => m.label);
			expect(placed.length).toBe(labelled.size);
			const boxes = placed.map((m) => ({
				id: m.province.id,
				box: labelBox(m.label!, m.province.name[locale]),
			}));
			const r = markerRadius.story;
			const hit = (a: { left: number; top: number; right: number; bottom: number }, b: typeof a) =>
				a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
			for (const { id, box } of boxes) {
				for (const other of boxes)
					if (other.id !== id)
						expect(hit(box, other.box), `${id} label over ${other.id} label`).toBe(false);
				for (const m of placed)
					if (m.province.id !== id)
						expect(
							hit(box, { left: m.x - r, top: m.y - r, right: m.x + r, bottom: m.y + r }),
							`${id} label over ${m.province.id}`,
						).toBe(false);
			}
		},
	);
});
