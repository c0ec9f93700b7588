/** The scripts the site's Anuphan files are split into; the site serves two of them. */
export type AnuphanSubset = 'thai' | 'latin';

/**
 * The variable-weight WOFF2 of one Anuphan subset (Cadson Demak, OFL) from @fontsource-variable,
 * relative to the project root: served by Astro's fonts API, and drawn with on share images.
 */
export function anuphanFile(subset: AnuphanSubset): string {
	return `./node_modules/@fontsource-variable/anuphan/files/anuphan-${subset}-wght-normal.woff2`;
}
