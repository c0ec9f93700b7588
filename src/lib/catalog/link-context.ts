import type { Category } from '../../schemas/category';
import type { Province } from '../../schemas/province';
import type { Advice } from '../../editor-messages/bilingual';
import { fieldName, type ContentProblem, type FieldPath } from '../content-problem';
import type { CatalogInput, EntryLike } from './types';
import { provinceNeighbours } from '../province-neighbours';
import type { Neighbours } from '../province-of-point';

/** What every linking step looks references up in, and where it reports what it finds wrong. */
export interface LinkContext {
	/** The content folder, for naming files: `content`. */
	root: string;
	provinces: ReadonlyMap<string, Province>;
	categories: ReadonlyMap<string, Category>;
	productIds: ReadonlySet<string>;
	/** Products whose facts failed validation (reported already): references to them are not reported again. */
	invalidProducts: ReadonlySet<string>;
	/** Which provinces share a land border: map points are checked against it. */
	neighbours: Neighbours;
	/** Problems that must stop the build. */
	errors: ContentProblem[];
	/** Missing translations: the page falls back to the other language with a notice. */
	translationGaps: ContentProblem[];
}

/** A fresh context for linking `input`, with nothing reported yet. */
export function createLinkContext(
	input: CatalogInput<EntryLike<unknown>, unknown, unknown, unknown>,
	root: string,
): LinkContext {
	return {
		root,
		provinces: new Map(input.provinces.map((p) => [p.id, p.data])),
		categories: new Map(input.categories.map((c) => [c.id, c.data])),
		productIds: new Set(input.products.map((p) => p.id)),
		invalidProducts: input.invalid?.products ?? new Set<string>(),
		neighbours: input.neighbours ?? provinceNeighbours,
		errors: [],
		translationGaps: [],
	};
}

/** The file an entry came from, or where it would be when the reader did not say. */
export function fileOf(entry: EntryLike<unknown>, fallback: string): string {
	return entry.filePath ?? fallback;
}

/**
 * A problem with one field of `entry`, at its line when the reader knows it. `path` is the field's path
 * inside the entry; `shownAs` is how editors read it, when that differs (a provinces.yaml entry is
 * named by its id, not by its place in the list).
 */
export function fieldProblem(
	entry: EntryLike<unknown>,
	file: string,
	path: FieldPath,
	advice: Advice,
	shownAs: FieldPath = path,
): ContentProblem {
	return { file, line: entry.lineOf?.(path), field: fieldName(shownAs), path, ...advice };
}
