import type { Coordinates } from '../schemas/shared';

export interface GpxInput {
	name: string;
	description: string;
	/** Language of the names, written into the file's metadata. */
	lang: string;
	/** The page's address, linked from the file. */
	url: string;
	stops: { name: string; description: string; coordinates: Coordinates }[];
}

const escapeXml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A journey as GPX 1.1: each stop a waypoint, and the stops in order as a route, so a map app shows
 * both the places and the way between them.
 */
export function itineraryGpx(input: GpxInput): string {
	const point = (tag: 'wpt' | 'rtept', stop: GpxInput['stops'][number], index: number) =>
		`<${tag} lat="${stop.coordinates.lat}" lon="${stop.coordinates.lng}"><name>${index + 1}. ${escapeXml(stop.name)}</name><desc>${escapeXml(stop.description)}</desc></${tag}>`;
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<gpx version="1.1" creator="Khong Dee" xmlns="http://www.topografix.com/GPX/1/1">',
		`<metadata><name>${escapeXml(input.name)}</name><desc>${escapeXml(input.description)}</desc><link href="${escapeXml(input.url)}"><text>${escapeXml(input.name)}</text></link><keywords>${escapeXml(input.lang)}</keywords></metadata>`,
		...input.stops.map((stop, index) => point('wpt', stop, index)),
		`<rte><name>${escapeXml(input.name)}</name>`,
		...input.stops.map((stop, index) => point('rtept', stop, index)),
		'</rte>',
		'</gpx>',
		'',
	].join('\n');
}
