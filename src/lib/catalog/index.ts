/**
 * The catalogue: products, journeys and provinces linked both ways, every reference checked
 * (`linkCatalog`), and the helpers pages use to show it. Callers import from here; the modules
 * beside this file each do one job of it. Nothing here imports Astro's runtime, so unit tests and
 * the content check (`npm run check`) use it as the build does.
 */
export { linkCatalog } from './link-catalog';
export { groupByProvince, provinceProducts, provincesByRegion } from './provinces';
export { storyFor } from './stories';
export type {
	Catalog,
	CatalogInput,
	CatalogItinerary,
	CatalogProduct,
	EntryLike,
	Item,
	LinkResult,
} from './types';
