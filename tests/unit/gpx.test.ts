import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { itineraryGpx } from '../../src/lib/gpx';

const input = {
	name: 'Nan <in> "two" days & more',
	description: 'Temples & looms',
	lang: 'en',
	url: 'https://example.org/en/itineraries/nan/',
	stops: [
		{
			name: 'Nan National Museum',
			description: 'Old silver',
			coordinates: { lat: 18.7763, lng: 100.7708 },
		},
		{ name: 'Wat Phumin', description: 'Murals', coordinates: { lat: 18.7745, lng: 100.7716 } },
		{ name: 'วัดหนองบัว', description: 'ผ้าทอ', coordinates: { lat: 19.0887, lng: 100.7861 } },
	],
};

describe('itineraryGpx()', () => {
	const xml = itineraryGpx(input);
	const gpx = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml).gpx;
	test('is well-formed GPX 1.1, with text escaped', () => {
		expect(XMLValidator.validate(xml)).toBe(true);
		expect(gpx.version).toBe('1.1');
		expect(gpx.xmlns).toBe('http://www.topografix.com/GPX/1/1');
		expect(gpx.metadata.name).toBe('Nan <in> "two" days & more');
	});
	test('has every stop as a waypoint, in order, at its coordinates', () => {
		expect(gpx.wpt.map((w: { name: string }) => w.name)).toEqual([
			'1. Nan National Museum',
			'2. Wat Phumin',
			'3. วัดหนองบัว',
		]);
		expect(
			gpx.wpt.map((w: { lat: string; lon: string }) => [Number(w.lat), Number(w.lon)]),
		).toEqual(input.stops.map((s) => [s.coordinates.lat, s.coordinates.lng]));
	});
	test('has the route through the stops in the same order', () => {
		expect(gpx.rte.rtept.map((p: { lat: string }) => Number(p.lat))).toEqual(
			input.stops.map((s) => s.coordinates.lat),
		);
	});
});
