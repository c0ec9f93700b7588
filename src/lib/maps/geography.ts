import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-50m.json';

/** ISO 3166-1 numeric codes: Thailand and the countries around it, drawn for context. */
const thailandId = '764';
const neighbourIds = ['104', '418', '116', '458']; // Myanmar, Laos, Cambodia, Malaysia

const topology = countries as unknown as Topology<{ countries: GeometryCollection }>;
const all = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;

/** Thailand's outline from Natural Earth (1:50m, through the world-atlas package). */
export const thailand: Feature<Geometry> = all.features.find((f) => String(f.id) === thailandId)!;

/** The neighbouring countries, for context around the border. */
export const neighbours: Feature<Geometry>[] = all.features.filter((f) => neighbourIds.includes(String(f.id)));
