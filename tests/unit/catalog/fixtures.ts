import type { CatalogInput, EntryLike } from '../../../src/lib/catalog';
import type { Province } from '../../../src/schemas/province';

// Small content for the catalogue's tests: two provinces, one category, two products of Nan with
// stories in both languages, and one journey that visits them.

export const province = (
	id: string,
	th: string,
	en: string,
	region: Province['region'],
): { id: string; data: Province } => ({
	id,
	data: { id, code: 'TH-55', name: { th, en }, region, capital: { lat: 18.7, lng: 100.7 } },
});

export const product = (id: string, provinceId = 'nan', category = 'crafts') => ({
	id,
	filePath: `content/products/${id}/facts.yaml`,
	data: { province: provinceId, category },
});

export const story = (id: string, data: Record<string, unknown> = {}) => ({
	id,
	filePath: `content/${id.replace(/\/(th|en)$/, '/index.$1')}.md`,
	data: { title: id, stops: {}, ...data },
});

export const itinerary = (
	id: string,
	stops: { id: string; product?: string }[],
	provinces = ['nan'],
) => ({
	id,
	filePath: `content/itineraries/${id}/facts.yaml`,
	data: { provinces, stops },
});

type Story = ReturnType<typeof story>;
export type Input = CatalogInput<
	ReturnType<typeof product>,
	Story,
	ReturnType<typeof itinerary>,
	Story
>;

export function input(overrides: Partial<Input> = {}): Input {
	return {
		provinces: [province('nan', 'น่าน', 'Nan', 'north'), province('yala', 'ยะลา', 'Yala', 'south')],
		categories: [
			{ id: 'crafts', data: { id: 'crafts', name: { th: 'งานหัตถกรรม', en: 'Crafts' } } },
		],
		products: [product('nan-silverware'), product('nan-handwoven-cloth')],
		productStories: [
			story('nan-silverware/th'),
			story('nan-silverware/en'),
			story('nan-handwoven-cloth/th'),
			story('nan-handwoven-cloth/en'),
		],
		itineraries: [
			itinerary('nan-crafts', [
				{ id: 'a', product: 'nan-handwoven-cloth' },
				{ id: 'b' },
				{ id: 'c', product: 'nan-silverware' },
				{ id: 'd', product: 'nan-handwoven-cloth' },
			]),
		],
		itineraryStories: ['th', 'en'].map((l) =>
			story(`nan-crafts/${l}`, { stops: { a: {}, b: {}, c: {}, d: {} } }),
		),
		...overrides,
	};
}

/** Both languages' stories of each slug, as `groupStories` would sort them. */
export function storiesOf<S extends EntryLike<unknown>>(slugs: string[], make: (id: string) => S) {
	return new Map(slugs.map((slug) => [slug, { th: make(`${slug}/th`), en: make(`${slug}/en`) }]));
}
