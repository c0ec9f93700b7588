import type { Province } from '../../schemas/province';
import type { ContentProblem } from '../content-problem';
import { signatureOfOtherProvince, unknownSignatureProduct } from '../../editor-messages/catalog';
import { fieldProblem, type LinkContext } from './link-context';
import type { EntryLike } from './types';

/**
 * A province's `signatureProducts` may name, by slug, only a published product of that province
 * (a product not yet written is given by its `{ th, en }` names instead, and not checked here).
 */
export function signatureProductProblems(
	provinces: readonly EntryLike<Province>[],
	productsBySlug: ReadonlyMap<string, { province: Province }>,
	context: LinkContext,
): ContentProblem[] {
	const { root, productIds, invalidProducts } = context;
	return provinces.flatMap((province) =>
		(province.data.signatureProducts ?? []).flatMap((entry, index) => {
			if (typeof entry !== 'string') return [];
			const product = productsBySlug.get(entry);
			if (product?.province.id === province.id) return [];
			// Reported already: its facts are invalid, or it was left out for an unknown province or category.
			if (invalidProducts.has(entry) || (productIds.has(entry) && !product)) return [];
			const advice = product
				? signatureOfOtherProvince(entry, product.province.name, province.data.name)
				: unknownSignatureProduct(entry, [...productIds]);
			const path = ['signatureProducts', index];
			const file = province.filePath ?? `${root}/provinces.yaml`;
			return [fieldProblem(province, file, path, advice, [province.id, ...path])];
		}),
	);
}
