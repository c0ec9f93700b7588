import { unknownReference } from '../../editor-messages/catalog';
import { fieldProblem, fileOf, type LinkContext } from './link-context';
import { checkStoriesExist, type StoriesByLocale } from './stories';
import type { CatalogProduct, EntryLike, ProductFactsLike } from './types';

/**
 * Each product with its province, category and stories. A product whose province or category does
 * not exist is reported, naming file, field and value, and left out of the catalogue. Its journeys
 * are filled in later, once the journeys are linked.
 */
export function linkProducts<PF extends EntryLike<ProductFactsLike>, PS>(
	entries: readonly PF[],
	storiesBySlug: ReadonlyMap<string, StoriesByLocale<PS>>,
	context: LinkContext,
): CatalogProduct<PF, PS>[] {
	const { root, provinces, categories, errors } = context;
	const products: CatalogProduct<PF, PS>[] = [];
	for (const entry of entries) {
		const file = fileOf(entry, `${root}/products/${entry.id}/facts.yaml`);
		const province = provinces.get(entry.data.province);
		const category = categories.get(entry.data.category);
		if (!province)
			errors.push(
				fieldProblem(
					entry,
					file,
					['province'],
					unknownReference('province', entry.data.province, [...provinces.keys()]),
				),
			);
		if (!category)
			errors.push(
				fieldProblem(
					entry,
					file,
					['category'],
					unknownReference('category', entry.data.category, [...categories.keys()]),
				),
			);
		const stories = storiesBySlug.get(entry.id) ?? {};
		const folder = `${root}/products/${entry.id}`;
		checkStoriesExist(stories, folder, errors, context.translationGaps);
		if (province && category)
			products.push({
				slug: entry.id,
				facts: entry,
				stories,
				province,
				category,
				itinerarySlugs: [],
			});
	}
	return products;
}
