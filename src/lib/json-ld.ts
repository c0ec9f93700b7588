import type { Coordinates } from '../schemas/shared';

/** schema.org data for each kind of page; URLs are absolute. Pure, so unit tests cover the shapes. */

const geo = (point: Coordinates) => ({
	'@type': 'GeoCoordinates',
	latitude: point.lat,
	longitude: point.lng,
});

export function websiteJsonLd(input: {
	name: string;
	url: string;
	inLanguage: string;
	searchUrl: string;
	description: string;
}) {
	return {
		'@type': 'WebSite',
		name: input.name,
		url: input.url,
		inLanguage: input.inLanguage,
		description: input.description,
		potentialAction: {
			'@type': 'SearchAction',
			target: { '@type': 'EntryPoint', urlTemplate: `${input.searchUrl}?q={search_term_string}` },
			'query-input': 'required name=search_term_string',
		},
	};
}

export function productJsonLd(input: {
	name: string;
	description: string;
	url: string;
	image: string;
	category: string;
	inLanguage: string;
	alternateNames: string[];
	province: { name: string; url: string };
}) {
	return {
		'@type': 'Product',
		name: input.name,
		description: input.description,
		url: input.url,
		image: input.image,
		category: input.category,
		...(input.alternateNames.length > 0 ? { alternateName: input.alternateNames } : {}),
		countryOfOrigin: { '@type': 'Country', name: 'Thailand' },
		areaServed: {
			'@type': 'AdministrativeArea',
			name: input.province.name,
			url: input.province.url,
		},
		subjectOf: { '@type': 'Article', inLanguage: input.inLanguage, url: input.url },
	};
}

export function provinceJsonLd(input: {
	name: string;
	alternateName: string;
	code: string;
	url: string;
	capital: Coordinates;
	description?: string | undefined;
}) {
	return {
		'@type': ['AdministrativeArea', 'Place'],
		name: input.name,
		alternateName: input.alternateName,
		identifier: input.code,
		url: input.url,
		...(input.description ? { description: input.description } : {}),
		geo: geo(input.capital),
		containedInPlace: { '@type': 'Country', name: 'Thailand' },
	};
}

export function touristTripJsonLd(input: {
	name: string;
	description: string;
	url: string;
	image: string;
	inLanguage: string;
	stops: {
		name: string;
		description: string;
		coordinates: Coordinates;
		url?: string | undefined;
	}[];
}) {
	return {
		'@type': 'TouristTrip',
		name: input.name,
		description: input.description,
		url: input.url,
		image: input.image,
		inLanguage: input.inLanguage,
		itinerary: {
			'@type': 'ItemList',
			numberOfItems: input.stops.length,
			itemListElement: input.stops.map((stop, index) => ({
				'@type': 'ListItem',
				position: index + 1,
				item: {
					'@type': 'TouristAttraction',
					name: stop.name,
					description: stop.description,
					geo: geo(stop.coordinates),
					...(stop.url ? { url: stop.url } : {}),
				},
			})),
		},
	};
}

/** A list page (`CollectionPage`) naming the items it links to, in order. */
export function collectionPageJsonLd(input: {
	name: string;
	url: string;
	inLanguage: string;
	items: { name: string; url: string }[];
}) {
	return {
		'@type': 'CollectionPage',
		name: input.name,
		url: input.url,
		inLanguage: input.inLanguage,
		mainEntity: {
			'@type': 'ItemList',
			numberOfItems: input.items.length,
			itemListElement: input.items.map((item, index) => ({
				'@type': 'ListItem',
				position: index + 1,
				name: item.name,
				url: item.url,
			})),
		},
	};
}

/** The search page. */
export function searchPageJsonLd(input: { name: string; url: string; inLanguage: string }) {
	return {
		'@type': 'SearchResultsPage',
		name: input.name,
		url: input.url,
		inLanguage: input.inLanguage,
	};
}
