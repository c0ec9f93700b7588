/** What a provinces.yaml entry refers to elsewhere: its signature products and its registered products (GI). */
import type { Province } from '../../schemas/province';
import type { ContentProblem, FieldPath } from '../content-problem';
import {
	signatureOfOtherProvince,
	unknownReference,
	unknownSignatureProduct,
	unknownStory,
} from '../../editor-messages/catalog';
import type { Advice } from '../../editor-messages/bilingual';
import { fieldProblem, type LinkContext } from './link-context';
import type { EntryLike } from './types';

type ProductsBySlug = ReadonlyMap<string, { province: Province }>;

/**
 * What is wrong with `slug` as a product of `province`: not a published product, or one of another
 * province. Undefined when it is fine, or when the product was reported already (its facts are
 * invalid, or it was left out for an unknown province or category).
 */
function productOfProvinceAdvice(
	slug: string,
	province: EntryLike<Province>,
	productsBySlug: ProductsBySlug,
	context: LinkContext,
	unknown: (slug: string, known: readonly string[]) => Advice,
): Advice | undefined {
	const { productIds, invalidProducts } = context;
	const product = productsBySlug.get(slug);
	if (product?.province.id === province.id) return undefined;
	if (invalidProducts.has(slug) || (productIds.has(slug) && !product)) return undefined;
	return product
		? signatureOfOtherProvince(slug, product.province.name, province.data.name)
		: unknown(slug, [...productIds]);
}

/** A problem at `path` of a provinces.yaml entry, which editors know by its id. */
function provinceProblem(
	province: EntryLike<Province>,
	path: FieldPath,
	advice: Advice,
	context: LinkContext,
): ContentProblem {
	const file = province.filePath ?? `${context.root}/provinces.yaml`;
	return fieldProblem(province, file, path, advice, [province.id, ...path]);
}

/**
 * A province's `signatureProducts` may name, by slug, only a published product of that province
 * (a product not yet written is given by its `{ th, en }` names instead, and not checked here).
 */
export function signatureProductProblems(
	provinces: readonly EntryLike<Province>[],
	productsBySlug: ProductsBySlug,
	context: LinkContext,
): ContentProblem[] {
	return provinces.flatMap((province) =>
		(province.data.signatureProducts ?? []).flatMap((entry, index) => {
			if (typeof entry !== 'string') return [];
			const advice = productOfProvinceAdvice(
				entry,
				province,
				productsBySlug,
				context,
				unknownSignatureProduct,
			);
			return advice
				? [provinceProblem(province, ['signatureProducts', index], advice, context)]
				: [];
		}),
	);
}

/**
 * A province's `geographicalIndications` give their kind as a category id, and may link a published
 * story of that province.
 */
export function geographicalIndicationProblems(
	provinces: readonly EntryLike<Province>[],
	productsBySlug: ProductsBySlug,
	context: LinkContext,
): ContentProblem[] {
	const categoryIds = [...context.categories.keys()];
	return provinces.flatMap((province) =>
		(province.data.geographicalIndications ?? []).flatMap((gi, index) => {
			const path = ['geographicalIndications', index];
			const problems: ContentProblem[] = [];
			if (!context.categories.has(gi.kind)) {
				const advice = unknownReference('category', gi.kind, categoryIds);
				problems.push(provinceProblem(province, [...path, 'kind'], advice, context));
			}
			const advice =
				gi.story &&
				productOfProvinceAdvice(gi.story, province, productsBySlug, context, unknownStory);
			if (advice) problems.push(provinceProblem(province, [...path, 'story'], advice, context));
			return problems;
		}),
	);
}
