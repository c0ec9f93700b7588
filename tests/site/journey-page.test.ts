import { describe, expect, inject, test } from 'vitest';
import { readPages } from '../support/built-site';
import { readItems } from '../support/content';

/** A journey page as the road needs it: overview, jumps, each stop's map link, the day's route. */

interface Stop {
	id: string;
	day: number;
	coordinates: { lat: number; lng: number };
}

const distDir = inject('distDir');
const pages = new Map(readPages(distDir).map((p) => [p.path, p]));
const journeys = readItems('itineraries').map((item) => ({
	slug: item.slug,
	stops: item.facts.stops as Stop[],
}));
const cases = journeys.flatMap((j) => (['th', 'en'] as const).map((lang) => ({ ...j, lang })));
const point = (c: Stop['coordinates']) => `${c.lat},${c.lng}`;
const days = (stops: Stop[]) => [...new Set(stops.map((s) => s.day))];

describe.each(cases)('/$lang/itineraries/$slug/', ({ slug, lang, stops }) => {
	const page = pages.get(`/${lang}/itineraries/${slug}/`)!;
	const doc = page.document;
	const target = (href: string) => doc.querySelector(`[id="${href.slice(1)}"]`);

	test('opens with the days at a glance: each day’s stops in order, linked to the stop', () => {
		const glance = doc.querySelector('#glance')!;
		const lists = glance.querySelectorAll('ol');
		expect(lists).toHaveLength(days(stops).length);
		const links = lists.flatMap((ol) => ol.querySelectorAll('li a'));
		expect(links.map((a) => a.getAttribute('href'))).toEqual(stops.map((s) => `#stop-${s.id}`));
		for (const a of links) expect(target(a.getAttribute('href')!)?.tagName).toBe('LI');
		// The overview comes before the story's prose and the first day.
		expect(page.html.indexOf('id="glance"')).toBeLessThan(page.html.indexOf('class="prose'));
	});

	test('has a day bar whose links reach every day and the map', () => {
		const bar = doc.querySelector('nav.day-bar')!;
		const hrefs = bar.querySelectorAll('a').map((a) => a.getAttribute('href')!);
		expect(hrefs).toEqual(['#glance', ...days(stops).map((d) => `#day-${d}`), '#route-map']);
		for (const href of hrefs) expect(target(href)).not.toBeNull();
	});

	test('gives every stop an "open in maps" link at its own coordinates', () => {
		for (const stop of stops) {
			const link = doc.querySelector(`#stop-${stop.id} a.open-map`)!;
			const url = new URL(link.getAttribute('href')!);
			expect(url.hostname).toBe('www.google.com');
			expect(url.searchParams.get('query')).toBe(point(stop.coordinates));
		}
	});

	test('opens each day as one route through its stops in order', () => {
		for (const day of days(stops)) {
			const section = doc.querySelector(`section[data-day="${day}"]`)!;
			const url = new URL(section.querySelector('.day-route a')!.getAttribute('href')!);
			// A day of one stop has no origin: the route starts where the visitor is.
			const route = [
				...(url.searchParams.has('origin') ? [url.searchParams.get('origin')] : []),
				...(url.searchParams.get('waypoints')?.split('|') ?? []),
				url.searchParams.get('destination'),
			];
			expect(route).toEqual(stops.filter((s) => s.day === day).map((s) => point(s.coordinates)));
			// Each stop of the day is told in this day's section.
			const ids = section.querySelectorAll('li.stop').map((li) => li.id);
			expect(ids).toEqual(stops.filter((s) => s.day === day).map((s) => `stop-${s.id}`));
		}
	});

	test('links every marker of the map to its stop, numbered in order', () => {
		const markers = doc.querySelectorAll('#route-map svg a');
		expect(markers.map((a) => a.getAttribute('href'))).toEqual(stops.map((s) => `#stop-${s.id}`));
		expect(markers.map((a) => a.querySelector('.number')!.text.trim())).toEqual(
			stops.map((_, i) => String(i + 1)),
		);
		expect(doc.querySelector('#route-map .scale text')!.text).toMatch(/\d/);
	});

	test('reads how to get to a stop and its straight-line distance as two phrases, not one run', () => {
		const travels = doc.querySelectorAll('.stop .travel');
		expect(travels.length).toBeGreaterThan(0);
		for (const travel of travels) {
			const straight = travel.querySelector('.straight');
			if (!straight) continue;
			// The text before the distance ends with a space, as a reader copying it would expect.
			const text = travel.text;
			expect(text.slice(0, text.indexOf(straight.text)), text).toMatch(/\s$/);
		}
	});

	test('says squares mark the towns only when the map draws one', () => {
		const map = doc.querySelector('figure.route-map')!;
		const squares = map.querySelectorAll('.town rect').length;
		const words = lang === 'th' ? 'สี่เหลี่ยม' : 'Squares';
		expect(map.querySelector('figcaption')!.text.includes(words)).toBe(squares > 0);
	});

	test('keeps the GPX and offers printing only to browsers that can run its script', () => {
		expect(doc.querySelector('a[data-gpx]')!.getAttribute('href')).toMatch(/route\.gpx$/);
		const button = doc.querySelector('button[data-print]')!;
		expect(button.hasAttribute('hidden')).toBe(true);
	});
});
