import { describe, expect, test } from 'vitest';
import { dayRouteUrl, dayRouteUrls, maxWaypoints } from '../../src/lib/route-links';

const stops = [
	{ lat: 18.7763, lng: 100.7708 },
	{ lat: 18.7745, lng: 100.7716 },
	{ lat: 18.7696, lng: 100.7507 },
	{ lat: 18.7752, lng: 100.7716 },
];

describe('dayRouteUrl()', () => {
	const url = new URL(dayRouteUrl(stops));
	test('is a Google Maps directions link that needs no key', () => {
		expect(url.origin + url.pathname).toBe('https://www.google.com/maps/dir/');
		expect(url.searchParams.get('api')).toBe('1');
		expect(url.searchParams.get('travelmode')).toBe('driving');
	});
	test('starts at the first stop, ends at the last, and passes the others in order', () => {
		expect(url.searchParams.get('origin')).toBe('18.7763,100.7708');
		expect(url.searchParams.get('destination')).toBe('18.7752,100.7716');
		expect(url.searchParams.get('waypoints')).toBe('18.7745,100.7716|18.7696,100.7507');
	});
	test('encodes the "|" between waypoints', () => {
		expect(url.search).toContain('waypoints=18.7745%2C100.7716%7C18.7696%2C100.7507');
		expect(url.search).not.toContain('|');
	});
	test('has no waypoints for two stops, and no origin for one (from where the visitor is)', () => {
		const two = new URL(dayRouteUrl(stops.slice(0, 2)));
		expect(two.searchParams.has('waypoints')).toBe(false);
		const one = new URL(dayRouteUrl(stops.slice(0, 1), 'walking'));
		expect(one.searchParams.has('origin')).toBe(false);
		expect(one.searchParams.get('destination')).toBe('18.7763,100.7708');
		expect(one.searchParams.get('travelmode')).toBe('walking');
	});
});

describe('dayRouteUrls()', () => {
	test('is one link for a day Google Maps can take whole', () => {
		expect(dayRouteUrls(stops)).toEqual([dayRouteUrl(stops)]);
	});
	test('splits a longer day into parts that meet at a shared stop, leaving no stop out', () => {
		const many = Array.from({ length: maxWaypoints + 5 }, (_, i) => ({
			lat: 18 + i / 100,
			lng: 100,
		}));
		const parts = dayRouteUrls(many).map((u) => new URL(u).searchParams);
		expect(parts).toHaveLength(2);
		const visited = parts.flatMap((p) => [
			p.get('origin')!,
			...(p.get('waypoints')?.split('|') ?? []),
			p.get('destination')!,
		]);
		expect(parts[1]!.get('origin')).toBe(parts[0]!.get('destination'));
		expect([...new Set(visited)]).toEqual(many.map((c) => `${c.lat},${c.lng}`));
		for (const p of parts) {
			expect(p.get('waypoints')!.split('|').length).toBeLessThanOrEqual(maxWaypoints);
		}
	});
});
