import type { Locale } from '../../i18n/locales';
import type { Province } from '../../schemas/province';
import type { Region } from '../../schemas/region';

/** Names sort the same in both languages' pages: Thai and English collation rules together. */
const byName = new Intl.Collator(['th', 'en']);

/** Provinces grouped by region, each group sorted by name in the given language. */
export function provincesByRegion(
	provinces: Province[],
	regionOrder: readonly Region[],
	locale: Locale,
): { region: Region; provinces: Province[] }[] {
	return regionOrder.map((region) => ({
		region,
		provinces: provinces
			.filter((p) => p.region === region)
			.sort((a, b) => byName.compare(a.name[locale], b.name[locale])),
	}));
}

/**
 * Items grouped under their province, provinces in region order and then by name, for list pages.
 * @example groupByProvince(products, (p) => p.province, regions, 'en') // => [{ province: Nan, items: [...] }, …]
 */
export function groupByProvince<T>(
	items: T[],
	provinceOf: (item: T) => Province,
	regionOrder: readonly Region[],
	locale: Locale,
): { province: Province; items: T[] }[] {
	const groups = new Map<string, { province: Province; items: T[] }>();
	for (const item of items) {
		const province = provinceOf(item);
		const group = groups.get(province.id) ?? { province, items: [] };
		group.items.push(item);
		groups.set(province.id, group);
	}
	const rank = (p: Province) => regionOrder.indexOf(p.region);
	return [...groups.values()].sort(
		(a, b) =>
			rank(a.province) - rank(b.province) ||
			byName.compare(a.province.name[locale], b.province.name[locale]),
	);
}

/**
 * A province's products for its page: the signature products first, in the ministry's order, then
 * any other story from the province; and the signature products that have no story yet.
 */
export function provinceProducts<P extends { slug: string; province: Province }>(
	province: Province,
	products: readonly P[],
): { products: P[]; signatureSlugs: string[]; unwritten: { th: string; en: string }[] } {
	const signature = province.signatureProducts ?? [];
	const signatureSlugs = signature.filter((entry): entry is string => typeof entry === 'string');
	const unwritten = signature.filter(
		(entry): entry is { th: string; en: string } => typeof entry !== 'string',
	);
	const rank = (slug: string) =>
		signatureSlugs.includes(slug) ? signatureSlugs.indexOf(slug) : signatureSlugs.length;
	return {
		products: products
			.filter((p) => p.province.id === province.id)
			.sort((a, b) => rank(a.slug) - rank(b.slug)),
		signatureSlugs,
		unwritten,
	};
}
