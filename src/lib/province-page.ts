import type { Locale } from '../i18n/locales';
import type { GeographicalIndication, Province } from '../schemas/province';

/** A signature product of a province: its published story, or only its names while it has none. */
export type KnownFor<P> = { product: P } | { names: { th: string; en: string } };

/**
 * What a province is known for: its signature products in the order the Ministry of Industry named
 * them, each with its published product when there is one. A slug without a published product
 * (which the catalogue check refuses anyway) is left out rather than shown as a broken link.
 */
export function knownFor<P extends { slug: string }>(
	province: Pick<Province, 'signatureProducts'>,
	products: readonly P[],
): KnownFor<P>[] {
	return (province.signatureProducts ?? []).flatMap((entry): KnownFor<P>[] => {
		if (typeof entry !== 'string') return [{ names: entry }];
		const product = products.find((p) => p.slug === entry);
		return product ? [{ product }] : [];
	});
}

/** A registered product of a province (GI), with its published story when it has one. */
export type RegisteredProduct<P> = GeographicalIndication & { product?: P };

/**
 * A province's geographical indications in the order `content/` gives them, each with its published
 * product when `story` names one (a slug without one, which the catalogue check refuses anyway, is
 * shown without a link rather than as a broken one).
 */
export function registeredProducts<P extends { slug: string }>(
	province: Pick<Province, 'geographicalIndications'>,
	products: readonly P[],
): RegisteredProduct<P>[] {
	return (province.geographicalIndications ?? []).map((gi) => {
		const product = gi.story ? products.find((p) => p.slug === gi.story) : undefined;
		return product ? { ...gi, product } : { ...gi };
	});
}

/** A year as readers of `locale` count it: the Buddhist era in Thai (2014 is พ.ศ. 2557). */
export function yearIn(year: number, locale: Locale): string {
	return locale === 'th' ? `พ.ศ. ${year + 543}` : String(year);
}

/**
 * Ids of the provinces whose capital is not a district called "Mueang <province>": Bangkok is a
 * city with no capital of its own, and Ayutthaya's capital district keeps the city's full name.
 */
const noMueangDistrict = { bangkok: 'none', 'phra-nakhon-si-ayutthaya': 'own-name' } as const;

/**
 * The name of a province's capital district, as Thai administration names it: "Mueang Nan",
 * "อำเภอเมืองน่าน". `content/provinces.yaml` gives each capital as the Mueang district's seat,
 * so the name follows from the province's; Bangkok, a city province, has none (undefined).
 */
export function capitalName(
	province: Pick<Province, 'id' | 'name'>,
	locale: Locale,
): string | undefined {
	const exception = noMueangDistrict[province.id as keyof typeof noMueangDistrict];
	if (exception === 'none') return undefined;
	const name = province.name[locale];
	if (exception === 'own-name') return locale === 'th' ? `อำเภอ${name}` : `${name} district`;
	return locale === 'th' ? `อำเภอเมือง${name}` : `Mueang ${name} district`;
}

/** Names joined as a sentence lists them: "A, B and C", "A B และ C". */
export function listNames(names: readonly string[], locale: Locale): string {
	return new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
}
