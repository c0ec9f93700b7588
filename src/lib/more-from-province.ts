/**
 * At most this many other products of its province on a product page. The province page lists
 * them all; a product page listing every one would grow with the catalogue (65 cards a page at
 * 5,000 products), on a phone and in every build.
 */
export const moreFromProvinceCount = 6;

/**
 * The other products of a province that a product's page shows: all of them when they fit,
 * otherwise the `count` that follow it in the province's list, wrapping round, so that each
 * product is shown on as many of the others' pages. Always in the province's order.
 */
export function moreFromProvince<T extends { slug: string }>(
	provinceProducts: readonly T[],
	slug: string,
	count = moreFromProvinceCount,
): T[] {
	const others = provinceProducts.filter((p) => p.slug !== slug);
	if (others.length <= count) return others;
	const at = provinceProducts.findIndex((p) => p.slug === slug);
	const chosen = new Set(
		Array.from(
			{ length: count },
			(_, i) => provinceProducts[(at + 1 + i) % provinceProducts.length],
		),
	);
	return others.filter((p) => chosen.has(p));
}
