import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../src/lib/content-problem';
import { createLinkContext } from '../../../src/lib/catalog/link-context';
import { mapPointProblems } from '../../../src/lib/catalog/map-points';
import { input, itinerary, product, province } from './fixtures';

// Nan and Phrae share a border; Yala is far south of both.
const withCapital = (p: ReturnType<typeof province>, lat: number, lng: number) => ({
	...p,
	data: { ...p.data, capital: { lat, lng } },
});
const nan = withCapital(province('nan', 'น่าน', 'Nan', 'north'), 18.7756, 100.773);
const phrae = withCapital(province('phrae', 'แพร่', 'Phrae', 'north'), 18.1445, 100.1403);
const yala = withCapital(province('yala', 'ยะลา', 'Yala', 'south'), 6.5425, 101.2803);
const neighbours = { nan: ['phrae'], phrae: ['nan'], yala: [] };

function problemsOf(
	products: ReturnType<typeof product>[],
	itineraries: ReturnType<typeof itinerary>[],
) {
	const context = createLinkContext(
		input({ provinces: [nan, phrae, yala], products, itineraries, neighbours }),
		'content',
	);
	return mapPointProblems(products, itineraries, context).map((p) => formatProblem(p));
}

const located = (lat: number, lng: number) => {
	const p = product('nan-silverware');
	return { ...p, data: { ...p.data, location: { lat, lng } } };
};
const journey = (points: { lat: number; lng: number }[], provinces = ['nan']) =>
	itinerary(
		'nan-crafts',
		points.map((coordinates, i) => ({ id: `stop-${i}`, coordinates })),
		provinces,
	);

describe('mapPointProblems()', () => {
	test('accepts points in the province or near its border with a neighbour', () => {
		expect(
			problemsOf(
				[located(18.78, 100.77)],
				[
					journey([
						{ lat: 18.78, lng: 100.77 },
						{ lat: 18.3, lng: 100.3 },
					]),
				],
			),
		).toEqual([]);
	});

	test('reports a product location and a stop that lie provinces away, at the field', () => {
		expect(
			problemsOf(
				[located(6.55, 101.28)],
				[
					journey([
						{ lat: 18.78, lng: 100.77 },
						{ lat: 6.6, lng: 101.3 },
					]),
				],
			),
		).toEqual([
			'content/products/nan-silverware/facts.yaml — location — this point lies nearest to the capital of Yala, too far to be in Nan — check lat and lng (a swapped pair or a wrong digit moves a point far away), or the province it belongs to.',
			'content/itineraries/nan-crafts/facts.yaml — stops.1.coordinates — this point lies nearest to the capital of Yala, too far to be in Nan — check lat and lng (a swapped pair or a wrong digit moves a point far away), or the province it belongs to.',
		]);
	});

	test('accepts a stop in any of a journey’s provinces, and says nothing of an unknown province', () => {
		expect(problemsOf([], [journey([{ lat: 6.6, lng: 101.3 }], ['nan', 'yala'])])).toEqual([]);
		expect(problemsOf([], [journey([{ lat: 6.6, lng: 101.3 }], ['narnia'])])).toEqual([]);
	});
});
