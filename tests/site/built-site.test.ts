import { readdirSync, readFileSync } from 'node:fs';
import { parse as load } from 'yaml';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { useTranslations } from '../../src/i18n/translations';
import { renderShareImages, type ShareImageText } from '../../src/lib/share-image';
import { existsInDist, readPages, type BuiltPage } from '../support/built-site';
import { testShareFont } from '../support/share-font';

interface Province {
	id: string;
	name: { th: string; en: string };
}

const distDir = inject('distDir');
const site = 'http://localhost:4321';
const products = readdirSync('content/products');
const itineraries = readdirSync('content/itineraries');
const provinces = (load(readFileSync('content/provinces.yaml', 'utf8')) as { id: string }[]).map(
	(p) => p.id,
);
let pages: BuiltPage[];
let byPath: Map<string, BuiltPage>;

beforeAll(() => {
	pages = readPages(distDir);
	byPath = new Map(pages.map((p) => [p.path, p]));
});

/** Site path of an href or src on a page, or undefined when it points to another host. */
function internalPath(value: string, page: BuiltPage): string | undefined {
	const url = new URL(value, new URL(page.path, site));
	if (url.origin !== site) return undefined;
	return url.pathname;
}

describe('the URL contract', () => {
	test('every page exists in both languages', () => {
		const expected = ['/', '/404.html'];
		for (const lang of ['th', 'en']) {
			expected.push(
				`/${lang}/`,
				`/${lang}/products/`,
				`/${lang}/provinces/`,
				`/${lang}/itineraries/`,
				`/${lang}/search/`,
			);
			expected.push(...products.map((slug) => `/${lang}/products/${slug}/`));
			expected.push(...itineraries.map((slug) => `/${lang}/itineraries/${slug}/`));
			expected.push(...provinces.map((slug) => `/${lang}/provinces/${slug}/`));
		}
		const missing = expected.filter((path) => !byPath.has(path));
		expect(missing).toEqual([]);
		expect(provinces).toHaveLength(77);
	});

	test('sitemap and robots.txt exist and name the site', () => {
		expect(existsInDist(distDir, '/sitemap-index.xml')).toBe(true);
		const robots = readFileSync(`${distDir}/robots.txt`, 'utf8');
		expect(robots).toContain(`Sitemap: ${site}/sitemap-index.xml`);
	});

	test('the sitemap lists both languages of each product with hreflang alternates', () => {
		const sitemap = readFileSync(`${distDir}/sitemap-0.xml`, 'utf8');
		for (const slug of products) {
			for (const lang of ['th', 'en']) {
				expect(sitemap).toContain(`<loc>${site}/${lang}/products/${slug}/</loc>`);
				expect(sitemap).toContain(`hreflang="${lang}" href="${site}/${lang}/products/${slug}/"`);
			}
		}
		expect(sitemap).not.toContain('404');
	});
});

describe('every page', () => {
	test('has lang, a title, a description and a canonical URL to itself', () => {
		const problems: string[] = [];
		for (const page of pages) {
			const doc = page.document;
			const lang = doc.querySelector('html')?.getAttribute('lang');
			const expectedLang = page.path.startsWith('/en/') ? 'en' : 'th';
			if (lang !== expectedLang)
				problems.push(`${page.path}: lang="${lang}", expected ${expectedLang}`);
			if (!doc.querySelector('title')?.text.trim()) problems.push(`${page.path}: no title`);
			if (!doc.querySelector('meta[name="description"]')?.getAttribute('content')?.trim())
				problems.push(`${page.path}: no description`);
			const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
			if (page.path === '/404.html') {
				if (canonical || !doc.querySelector('meta[name="robots"][content="noindex"]'))
					problems.push('/404.html: must be noindex without canonical');
			} else if (canonical !== `${site}${page.path}`)
				problems.push(`${page.path}: canonical ${canonical}`);
			if (!doc.querySelector('meta[property="og:title"]'))
				problems.push(`${page.path}: no og:title`);
		}
		expect(problems).toEqual([]);
	});

	test('has th, en and x-default alternates, and each alternate links back', () => {
		const problems: string[] = [];
		for (const page of pages.filter((p) => p.path !== '/404.html')) {
			const alternates = new Map(
				page.document
					.querySelectorAll('link[rel="alternate"][hreflang]')
					.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')!]),
			);
			if ([...alternates.keys()].sort().join() !== 'en,th,x-default') {
				problems.push(`${page.path}: hreflang ${[...alternates.keys()].join()}`);
				continue;
			}
			for (const [lang, href] of alternates) {
				const target = byPath.get(new URL(href).pathname);
				if (!target) {
					problems.push(`${page.path}: ${lang} alternate ${href} does not exist`);
					continue;
				}
				const back = target.document
					.querySelectorAll('link[rel="alternate"][hreflang]')
					.map((l) => l.getAttribute('href'));
				if (!back.includes(`${site}${page.path}`))
					problems.push(`${page.path}: ${href} does not link back`);
			}
		}
		expect(problems).toEqual([]);
	});

	test('links only to pages and assets that exist', () => {
		const broken = new Set<string>();
		for (const page of pages) {
			const refs = [
				...page.document.querySelectorAll('[href]').map((el) => el.getAttribute('href')!),
				...page.document.querySelectorAll('[src]').map((el) => el.getAttribute('src')!),
				...page.document.querySelectorAll('[srcset]').flatMap((el) =>
					el
						.getAttribute('srcset')!
						.split(',')
						.map((s) => s.trim().split(/\s+/)[0]!),
				),
			];
			for (const ref of refs) {
				const path = internalPath(ref, page);
				if (path !== undefined && !existsInDist(distDir, path)) broken.add(`${page.path} → ${ref}`);
			}
		}
		expect([...broken]).toEqual([]);
	});

	test('gives every image alt text', () => {
		const missing = pages.flatMap((page) =>
			page.document
				.querySelectorAll('img')
				.filter((img) => !img.getAttribute('alt')?.trim())
				.map((img) => `${page.path}: ${img.getAttribute('src')}`),
		);
		expect(missing).toEqual([]);
	});

	test('names each navigation differently, so a screen reader can tell them apart', () => {
		const repeated = pages.flatMap((page) => {
			const labels = page.document
				.querySelectorAll('nav')
				.map((nav) => nav.getAttribute('aria-label') ?? '');
			return labels
				.filter((label, i) => labels.indexOf(label) !== i)
				.map((label) => `${page.path}: "${label}"`);
		});
		expect(repeated).toEqual([]);
	});

	test("credits a picture in the page's language when its credit has both", () => {
		let checked = 0;
		for (const [collection, slugs] of [
			['products', products],
			['itineraries', itineraries],
		] as const) {
			for (const slug of slugs) {
				const facts = load(readFileSync(`content/${collection}/${slug}/facts.yaml`, 'utf8')) as {
					image: { credit: string | { th: string; en: string } };
				};
				const credit = facts.image.credit;
				if (typeof credit === 'string') continue;
				for (const [lang, other] of [
					['th', 'en'],
					['en', 'th'],
				] as const) {
					const caption = byPath
						.get(`/${lang}/${collection}/${slug}/`)!
						.document.querySelector('figure.cover figcaption')!.text;
					expect(caption, `${lang} ${slug}`).toContain(credit[lang]);
					expect(caption, `${lang} ${slug}`).not.toContain(credit[other]);
					checked++;
				}
			}
		}
		expect(checked).toBeGreaterThan(0);
	});

	test('has JSON-LD that parses, with a schema.org context and a type', () => {
		const problems: string[] = [];
		for (const page of pages.filter((p) => p.path !== '/404.html' && p.path !== '/')) {
			const scripts = page.document.querySelectorAll('script[type="application/ld+json"]');
			if (scripts.length === 0) problems.push(`${page.path}: no JSON-LD`);
			for (const script of scripts) {
				try {
					const data = JSON.parse(script.textContent) as Record<string, unknown>;
					if (data['@context'] !== 'https://schema.org' || !data['@type'])
						problems.push(`${page.path}: JSON-LD without @context or @type`);
				} catch (error) {
					problems.push(`${page.path}: JSON-LD does not parse: ${String(error)}`);
				}
			}
		}
		expect(problems).toEqual([]);
	});

	test('loads nothing from another host', () => {
		const external = pages.flatMap((page) =>
			page.document
				.querySelectorAll(
					'script[src], link[rel="stylesheet"], link[rel="preload"], img, source, iframe',
				)
				.map(
					(el) =>
						el.getAttribute('src') ?? el.getAttribute('href') ?? el.getAttribute('srcset') ?? '',
				)
				.filter((ref) => /^(https?:)?\/\//.test(ref) && !ref.startsWith(site))
				.map((ref) => `${page.path}: ${ref}`),
		);
		expect(external).toEqual([]);
	});
});

describe('JSON-LD types', () => {
	const types = (path: string) =>
		byPath
			.get(path)!
			.document.querySelectorAll('script[type="application/ld+json"]')
			.map((s) => (JSON.parse(s.textContent) as { '@type': string | string[] })['@type'])
			.flat();
	test('products are Products, journeys TouristTrips, provinces AdministrativeAreas, homes WebSites', () => {
		expect(types(`/en/products/${products[0]}/`)).toContain('Product');
		expect(types(`/th/itineraries/${itineraries[0]}/`)).toContain('TouristTrip');
		expect(types('/en/provinces/nan/')).toContain('AdministrativeArea');
		expect(types('/th/')).toContain('WebSite');
	});
});

describe('links between items', () => {
	test('a product page links to every journey that stops at it, and the journey links back', () => {
		for (const slug of itineraries) {
			const facts = load(readFileSync(`content/itineraries/${slug}/facts.yaml`, 'utf8')) as {
				stops: { product?: string }[];
			};
			const visited = new Set(facts.stops.flatMap((s) => (s.product ? [s.product] : [])));
			for (const product of visited) {
				for (const lang of ['th', 'en']) {
					const productLinks = byPath
						.get(`/${lang}/products/${product}/`)!
						.document.querySelectorAll('a')
						.map((a) => a.getAttribute('href'));
					expect(productLinks, `${product} → ${slug}`).toContain(`/${lang}/itineraries/${slug}/`);
					const tripLinks = byPath
						.get(`/${lang}/itineraries/${slug}/`)!
						.document.querySelectorAll('a')
						.map((a) => a.getAttribute('href'));
					expect(tripLinks, `${slug} → ${product}`).toContain(`/${lang}/products/${product}/`);
				}
			}
		}
	});

	test('a product page links to the other products of its province', () => {
		const province = (slug: string) =>
			(load(readFileSync(`content/products/${slug}/facts.yaml`, 'utf8')) as { province: string })
				.province;
		for (const slug of products) {
			const links = byPath
				.get(`/en/products/${slug}/`)!
				.document.querySelectorAll('a')
				.map((a) => a.getAttribute('href'));
			for (const other of products.filter((o) => o !== slug && province(o) === province(slug))) {
				expect(links, `${slug} → ${other}`).toContain(`/en/products/${other}/`);
			}
		}
	});

	test('a province without stories says so plainly', () => {
		const page = byPath.get('/en/provinces/bangkok/')!;
		expect(page.document.querySelector('main')!.text).toContain(
			'No product story from Bangkok is published yet.',
		);
		expect(byPath.get('/th/provinces/bangkok/')!.document.querySelector('main')!.text).toContain(
			'ยังไม่มีเรื่องเล่าของดีจากกรุงเทพมหานคร',
		);
	});

	test('no province page ends in empty boxes: each names its capital and where to go nearby', () => {
		for (const lang of ['th', 'en']) {
			for (const slug of provinces) {
				const main = byPath.get(`/${lang}/provinces/${slug}/`)!.document.querySelector('main')!;
				expect(main.querySelectorAll('.empty').length, slug).toBeLessThanOrEqual(1);
				expect(main.querySelectorAll('#nearby + ul a').length, slug).toBeGreaterThan(0);
			}
		}
		const chiangMai = byPath.get('/en/provinces/chiang-mai/')!.document.querySelector('main')!;
		expect(chiangMai.querySelector('.facts')!.text).toContain('Mueang Chiang Mai');
		for (const item of chiangMai.querySelectorAll('#nearby + ul li'))
			expect(item.text).toMatch(/about \d+ km in a straight line/);
	});

	test('a province is known for its signature products, each linked to its story', () => {
		const signature = (
			load(readFileSync('content/provinces.yaml', 'utf8')) as {
				id: string;
				signatureProducts?: unknown[];
			}[]
		).find((p) => p.id === 'nan')!.signatureProducts as string[];
		const links = byPath
			.get('/th/provinces/nan/')!
			.document.querySelectorAll('.known-for a')
			.map((a) => a.getAttribute('href'));
		expect(links).toEqual(signature.map((slug) => `/th/products/${slug}/`));
	});

	test('the provinces index lists all 77 under their regions', () => {
		const links = byPath
			.get('/th/provinces/')!
			.document.querySelectorAll('main section a')
			.map((a) => a.getAttribute('href'));
		expect(new Set(links).size).toBe(77);
	});
});

describe('the build', () => {
	test('warns about nothing in the content', () => {
		const log = inject('buildLog');
		expect(log).not.toMatch(/\[WARN\]|translation missing/);
	});
});

describe('journeys to take along', () => {
	test('each journey page links to its GPX file, and the file has every stop in order', async () => {
		const { XMLParser } = await import('fast-xml-parser');
		for (const slug of itineraries) {
			const facts = load(readFileSync(`content/itineraries/${slug}/facts.yaml`, 'utf8')) as {
				stops: { coordinates: { lat: number; lng: number } }[];
			};
			for (const lang of ['th', 'en']) {
				const link = byPath
					.get(`/${lang}/itineraries/${slug}/`)!
					.document.querySelector('a[data-gpx]')!
					.getAttribute('href');
				expect(link).toBe(`/${lang}/itineraries/${slug}/route.gpx`);
				const gpx = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
					readFileSync(`${distDir}${link}`, 'utf8'),
				).gpx;
				const waypoints = ([] as { lat: string; lon: string }[]).concat(gpx.wpt);
				expect(waypoints.map((w) => [Number(w.lat), Number(w.lon)])).toEqual(
					facts.stops.map((s) => [s.coordinates.lat, s.coordinates.lng]),
				);
			}
		}
	});

	test('each journey map has a numbered marker per stop', () => {
		for (const slug of itineraries) {
			const stops = (
				load(readFileSync(`content/itineraries/${slug}/facts.yaml`, 'utf8')) as { stops: unknown[] }
			).stops;
			const markers = byPath
				.get(`/en/itineraries/${slug}/`)!
				.document.querySelectorAll('.route-map [data-stop]')
				.map((g) => g.getAttribute('data-stop'));
			expect(markers).toEqual(stops.map((_, i) => String(i + 1)));
		}
	});

	test('no picture is without its width and height', () => {
		const missing = pages.flatMap((page) =>
			page.document
				.querySelectorAll('img')
				.filter((img) => !img.getAttribute('width') || !img.getAttribute('height'))
				.map((img) => `${page.path}: ${img.getAttribute('src')}`),
		);
		expect(missing).toEqual([]);
	});

	test('the provinces map links every province to its page and names those with stories', () => {
		const products = readdirSync('content/products').map(
			(slug) =>
				(load(readFileSync(`content/products/${slug}/facts.yaml`, 'utf8')) as { province: string })
					.province,
		);
		const map = byPath.get('/en/provinces/')!.document.querySelector('.thailand-map')!;
		const links = map.querySelectorAll('a').map((a) => a.getAttribute('href'));
		expect(links.sort()).toEqual(provinces.map((p) => `/en/provinces/${p}/`).sort());
		const named = map.querySelectorAll('a.story').map((a) => a.getAttribute('href'));
		expect(named.sort()).toEqual([...new Set(products)].map((p) => `/en/provinces/${p}/`).sort());
		expect(map.querySelectorAll('a.story text')).toHaveLength(named.length);
	});
});

describe('hidden search terms', () => {
	// The Thai index is words apart (src/lib/search-feed.ts): there a space parts phrases, so the
	// word-by-word copy of a Thai name is parted by <wbr>; the English index needs spaces.
	test('give a Thai name word by word, parted as each language’s index reads words', () => {
		const terms = (path: string) =>
			byPath.get(path)!.document.querySelector('[data-pagefind-weight="7"]')!;
		const th = terms('/th/products/aranyik-knives/');
		const en = terms('/en/products/aranyik-knives/');
		expect(th.innerHTML).toContain('มีดอรัญญิก มีด<wbr>อรัญ<wbr>ญิก');
		expect(th.textContent).not.toContain('มีด อรัญ');
		expect(en.innerHTML).toContain('มีดอรัญญิก มีด อรัญ ญิก');
	});
});

describe('share images', () => {
	test('every product and journey page shares a 1200×630 JPEG of its own language', async () => {
		const sharp = (await import('sharp')).default;
		const items = [
			...products.map((s) => `products/${s}/`),
			...itineraries.map((s) => `itineraries/${s}/`),
		];
		for (const item of items) {
			const files = ['th', 'en'].map((lang) => {
				const content = byPath
					.get(`/${lang}/${item}`)!
					.document.querySelector('meta[property="og:image"]')!
					.getAttribute('content')!;
				expect(new URL(content).pathname).toBe(`/${lang}/${item}share.jpg`);
				return `${distDir}${new URL(content).pathname}`;
			});
			for (const file of files) {
				const { width, height, format } = await sharp(file).metadata();
				expect([file, width, height, format]).toEqual([file, 1200, 630, 'jpeg']);
			}
			// The Thai and the English picture carry different titles.
			expect(readFileSync(files[0]!).equals(readFileSync(files[1]!))).toBe(false);
		}
	});

	// Drawn again here, in another process, from the cover, the page's own title and the site's font:
	// a build once published every Thai title as boxes, which the checks above do not see.
	test.each(['th', 'en'] as const)(
		'the %s picture of Nan silverware says what its page says, in the site font',
		async (lang) => {
			const t = useTranslations(lang);
			const page = byPath.get(`/${lang}/products/nan-silverware/`)!.document;
			const nan = (load(readFileSync('content/provinces.yaml', 'utf8')) as Province[]).find(
				(province) => province.id === 'nan',
			)!;
			const text: ShareImageText = {
				title: page.querySelector('h1')!.textContent.trim(),
				titleLang: lang,
				kicker: `${nan.name[lang]} · ${t('site.name')}`,
				illustrationLabel: t('image.illustration'),
				lang,
			};
			const cover = readFileSync('content/products/nan-silverware/cover.svg');
			const [expected] = await renderShareImages(cover, [text], await testShareFont());
			const built = readFileSync(`${distDir}/${lang}/products/nan-silverware/share.jpg`);
			expect(built.equals(expected!)).toBe(true);
		},
	);
});
