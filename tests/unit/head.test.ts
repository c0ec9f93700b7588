import { describe, expect, test } from 'vitest';
import { absoluteUrl, buildHead, serializeJsonLd } from '../../src/lib/head';
import { productJsonLd, touristTripJsonLd } from '../../src/lib/json-ld';
import { dayCount, groupByDay } from '../../src/lib/itinerary-days';
import { googleMapsUrl, openStreetMapUrl } from '../../src/lib/map-links';

const base = {
	site: 'https://example.org',
	title: 'Nan silverware',
	description: 'Hand-raised silver from Nan.',
};

describe('buildHead()', () => {
	test('gives a product page its canonical URL and th, en and x-default alternates', () => {
		const head = buildHead({ ...base, pathname: '/en/products/nan-silverware/', locale: 'en' });
		expect(head.links).toEqual([
			{ rel: 'canonical', href: 'https://example.org/en/products/nan-silverware/' },
			{ rel: 'alternate', hreflang: 'th', href: 'https://example.org/th/products/nan-silverware/' },
			{ rel: 'alternate', hreflang: 'en', href: 'https://example.org/en/products/nan-silverware/' },
			{
				rel: 'alternate',
				hreflang: 'x-default',
				href: 'https://example.org/th/products/nan-silverware/',
			},
		]);
	});
	test('makes the root chooser its own x-default and points at both homes', () => {
		const head = buildHead({ ...base, pathname: '/', locale: undefined });
		expect(
			head.links.filter((l) => l.rel === 'alternate').map((l) => `${l.hreflang} ${l.href}`),
		).toEqual([
			'th https://example.org/th/',
			'en https://example.org/en/',
			'x-default https://example.org/',
		]);
	});
	test('makes the root chooser the x-default of both homes', () => {
		const head = buildHead({ ...base, pathname: '/en/', locale: 'en' });
		expect(head.links).toContainEqual({
			rel: 'alternate',
			hreflang: 'x-default',
			href: 'https://example.org/',
		});
	});
	test('gives a page that is not to be indexed no canonical, no alternates, no og:url and a noindex', () => {
		const head = buildHead({ ...base, pathname: '/404/', locale: undefined, indexable: false });
		expect(head.links).toEqual([]);
		expect(head.meta.map((m) => m.property)).not.toContain('og:url');
		expect(head.meta).toContainEqual({ name: 'robots', content: 'noindex' });
	});
	test('writes OpenGraph with locale, alternate locale and an absolute image', () => {
		const head = buildHead({
			...base,
			pathname: '/th/',
			locale: 'th',
			image: '/_astro/cover.jpg',
			ogType: 'article',
		});
		const og = Object.fromEntries(
			head.meta.filter((m) => m.property).map((m) => [m.property, m.content]),
		);
		expect(og).toMatchObject({
			'og:title': 'Nan silverware',
			'og:type': 'article',
			'og:url': 'https://example.org/th/',
			'og:locale': 'th_TH',
			'og:locale:alternate': 'en_US',
			'og:image': 'https://example.org/_astro/cover.jpg',
			'og:site_name': 'ของดี',
		});
		expect(head.meta).toContainEqual({
			name: 'description',
			content: 'Hand-raised silver from Nan.',
		});
	});
});

describe('serializeJsonLd()', () => {
	test('adds the schema.org context and cannot close its script element', () => {
		const json = serializeJsonLd({
			'@type': 'Product',
			name: '</script><script>alert(1)</script>',
		});
		expect(json).not.toContain('</script>');
		expect(JSON.parse(json)).toEqual({
			'@context': 'https://schema.org',
			'@type': 'Product',
			name: '</script><script>alert(1)</script>',
		});
	});
});

describe('JSON-LD builders', () => {
	test('a product names its province as the area served and lists its aliases', () => {
		const data = productJsonLd({
			name: 'Nan silverware',
			description: 'd',
			url: 'https://example.org/en/products/nan-silverware/',
			image: 'https://example.org/a.jpg',
			category: 'Crafts',
			inLanguage: 'en',
			alternateNames: ['Nan silver'],
			province: { name: 'Nan', url: 'https://example.org/en/provinces/nan/' },
		});
		expect(data['@type']).toBe('Product');
		expect(data.areaServed).toEqual({
			'@type': 'AdministrativeArea',
			name: 'Nan',
			url: 'https://example.org/en/provinces/nan/',
		});
		expect(data.alternateName).toEqual(['Nan silver']);
	});
	test('a trip lists its stops in order with positions and coordinates', () => {
		const data = touristTripJsonLd({
			name: 'Nan crafts',
			description: 'd',
			url: 'u',
			image: 'i',
			inLanguage: 'th',
			stops: [
				{ name: 'A', description: 'a', coordinates: { lat: 18.7, lng: 100.7 } },
				{
					name: 'B',
					description: 'b',
					coordinates: { lat: 19.1, lng: 100.8 },
					url: 'https://example.org/th/products/x/',
				},
			],
		});
		expect(data.itinerary.numberOfItems).toBe(2);
		expect(
			data.itinerary.itemListElement.map((e) => [e.position, e.item.name, e.item.geo.latitude]),
		).toEqual([
			[1, 'A', 18.7],
			[2, 'B', 19.1],
		]);
		expect(data.itinerary.itemListElement[1]!.item).toHaveProperty(
			'url',
			'https://example.org/th/products/x/',
		);
		expect(data.itinerary.itemListElement[0]!.item).not.toHaveProperty('url');
	});
});

describe('groupByDay() and dayCount()', () => {
	test('groups consecutive stops by day and counts the days', () => {
		const stops = [
			{ day: 1, id: 'a' },
			{ day: 1, id: 'b' },
			{ day: 2, id: 'c' },
		];
		expect(groupByDay(stops).map((d) => [d.day, d.stops.map((s) => s.id)])).toEqual([
			[1, ['a', 'b']],
			[2, ['c']],
		]);
		expect(dayCount(stops)).toBe(2);
		expect(dayCount([])).toBe(0);
	});
});

describe('googleMapsUrl()', () => {
	test('searches the point in Google Maps', () => {
		expect(googleMapsUrl({ lat: 18.7745, lng: 100.7716 })).toBe(
			'https://www.google.com/maps/search/?api=1&query=18.7745,100.7716',
		);
	});
});

describe('openStreetMapUrl()', () => {
	test('opens an exact point close up and an approximate one zoomed out', () => {
		expect(openStreetMapUrl({ lat: 18.7745, lng: 100.7716 })).toBe(
			'https://www.openstreetmap.org/?mlat=18.7745&mlon=100.7716#map=16/18.7745/100.7716',
		);
		expect(openStreetMapUrl({ lat: 15.7891, lng: 100.0575 }, true)).toContain('#map=13/');
	});
});

describe('absoluteUrl()', () => {
	test('puts a path of the site under its origin and base, and refuses to guess a missing site', () => {
		expect(absoluteUrl('/en/products/nan-silverware/', 'https://example.org')).toBe(
			'https://example.org/en/products/nan-silverware/',
		);
		expect(absoluteUrl('/khong-dee/th/', new URL('https://user.github.io/khong-dee/'))).toBe(
			'https://user.github.io/khong-dee/th/',
		);
		expect(() => absoluteUrl('/en/', undefined)).toThrow(/sets no `site`/);
	});
});
