import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../src/lib/content-problem';
import { createLinkContext } from '../../../src/lib/catalog/link-context';
import { linkItineraries, stopTextProblems } from '../../../src/lib/catalog/link-itineraries';
import { input, itinerary, story, storiesOf } from './fixtures';

const allStops = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
const storyWithStops = (id: string) => story(id, { stops: { a: {}, b: {}, c: {}, d: {} } });

/** Links `itineraries` against the fixtures' provinces and products, each with both stories. */
function link(itineraries: ReturnType<typeof itinerary>[]) {
	const context = createLinkContext(input({ itineraries }), 'content');
	const stories = storiesOf(
		itineraries.map((i) => i.id),
		storyWithStops,
	);
	return { linked: linkItineraries(itineraries, stories, context), context };
}

describe('linkItineraries()', () => {
	test('gives a journey its provinces and the products of its stops, in visiting order, once each', () => {
		const { linked, context } = link(input().itineraries);
		expect(context.errors).toEqual([]);
		expect(linked[0]!.provinces.map((p) => p.id)).toEqual(['nan']);
		expect(linked[0]!.productSlugs).toEqual(['nan-handwoven-cloth', 'nan-silverware']);
	});

	test('errors if a stop names a product that does not exist', () => {
		const { linked, context } = link([
			itinerary('nan-crafts', [
				{ id: 'a', product: 'nan-silver' },
				{ id: 'b' },
				{ id: 'c' },
				{ id: 'd' },
			]),
		]);
		expect(linked[0]!.productSlugs).toEqual([]);
		expect(context.errors.map((p) => formatProblem(p))).toEqual([
			'content/itineraries/nan-crafts/facts.yaml — stops.0.product — unknown product "nan-silver" — use one of the ids in content/products/. Did you mean "nan-silverware"?',
		]);
	});

	test('errors if a journey passes through an unknown province', () => {
		const { linked, context } = link([itinerary('nan-crafts', allStops, ['nan', 'phrae'])]);
		expect(linked[0]!.provinces.map((p) => p.id)).toEqual(['nan']);
		expect(context.errors.map((p) => formatProblem(p))).toEqual([
			'content/itineraries/nan-crafts/facts.yaml — provinces.1 — unknown province "phrae" — use one of the ids in content/provinces.yaml.',
		]);
	});

	test('checks the stop texts of each of its stories', () => {
		const context = createLinkContext(input(), 'content');
		const stories = new Map([['nan-crafts', { th: story('nan-crafts/th', { stops: { a: {} } }) }]]);
		linkItineraries(input().itineraries, stories, context);
		expect(context.errors.map((p) => p.field)).toEqual(['stops.b', 'stops.c', 'stops.d']);
		expect(context.translationGaps.map((p) => p.file)).toEqual([
			'content/itineraries/nan-crafts/index.en.md',
		]);
	});
});

describe('stopTextProblems()', () => {
	test('errors if a story lacks the text of a stop, or has text for a stop that is not there', () => {
		const problems = stopTextProblems(
			allStops,
			story('nan-crafts/th', { stops: { a: {}, b: {}, c: {}, e: {} } }),
			'content/nan-crafts/index.th.md',
		);
		expect(problems.map((p) => formatProblem(p))).toEqual([
			'content/nan-crafts/index.th.md — stops.d — the stop "d" of facts.yaml has no text here — add its name and activity under "stops:".',
			'content/nan-crafts/index.th.md — stops.e — no stop "e" in facts.yaml — use one of: a, b, c, d. Did you mean "a"?',
		]);
	});

	test('finds nothing wrong with a story that has exactly the stops', () => {
		expect(stopTextProblems(allStops, storyWithStops('nan-crafts/en'), 'index.en.md')).toEqual([]);
	});
});
