import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import countries50m from 'world-atlas/countries-50m.json';

/** ISO 3166-1 numeric codes: Thailand and the countries around it, drawn for context. */
const thailandId = '764';
const neighbourIds = ['104', '418', '116', '458']; // Myanmar, Laos, Cambodia, Malaysia

export interface Geography {
	/** Thailand's outline from Natural Earth, through the world-atlas package. */
	thailand: Feature<Geometry>;
	/** The neighbouring countries, for context around the border. */
	neighbours: Feature<Geometry>[];
}

function load(countries: unknown): Geography {
	const topology = countries as Topology<{ countries: GeometryCollection }>;
	const all = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
	return {
		thailand: all.features.find((f) => String(f.id) === thailandId)!,
		neighbours: all.features.filter((f) => neighbourIds.includes(String(f.id))),
	};
}

/** 1:110m: enough for the whole country at a few hundred pixels, and a third of the bytes. */
export const coarse = load(countries110m);
/** 1:50m: for maps zoomed in on a journey. */
export const detailed = load(countries50m);
