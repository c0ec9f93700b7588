import { describe, expect, test } from 'vitest';
import { useTranslations } from '../../src/i18n/translations';
import { dayRouteLinks, straightLine, timeOnSite } from '../../src/lib/journey-text';

const en = useTranslations('en');
const th = useTranslations('th');

describe('timeOnSite()', () => {
	test('says hours and minutes, leaving out what is zero', () => {
		expect(timeOnSite(en, 270)).toBe('about 4 h 30 min on site');
		expect(timeOnSite(en, 120)).toBe('about 2 h on site');
		expect(timeOnSite(en, 45)).toBe('about 45 min on site');
		expect(timeOnSite(th, 90)).toContain('1 ชั่วโมง 30 นาที');
	});
});

describe('straightLine()', () => {
	test('always says the distance is a straight line, in metres or kilometres', () => {
		expect(straightLine(en, 12.3)).toBe('about 12 km from the previous stop in a straight line');
		expect(straightLine(en, 0.21)).toBe('about 200 m from the previous stop in a straight line');
		expect(straightLine(th, 12.3)).toMatch(/12 กม\..*เส้นตรง/);
	});
});

describe('dayRouteLinks()', () => {
	test('is one link named after the day when the day fits in one', () => {
		const links = dayRouteLinks(en, 2, [
			{ lat: 18, lng: 100 },
			{ lat: 18.1, lng: 100 },
		]);
		expect(links).toHaveLength(1);
		expect(links[0]!.label).toBe('Open day 2 as a route in Google Maps');
		expect(links[0]!.href).toMatch(/^https:\/\/www\.google\.com\/maps\/dir\/\?api=1&/);
	});
	test('numbers the parts of a longer day', () => {
		const stops = Array.from({ length: 14 }, (_, i) => ({ lat: 18 + i / 100, lng: 100 }));
		expect(dayRouteLinks(en, 1, stops).map((l) => l.label)).toEqual([
			'Open day 1 in Google Maps, part 1 of 2',
			'Open day 1 in Google Maps, part 2 of 2',
		]);
	});
});
