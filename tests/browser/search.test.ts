import type { Page, Route } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { en } from '../../src/i18n/en';
import { th } from '../../src/i18n/th';
import { normalizeQuery } from '../../src/lib/search-state';
import type { Province } from '../../src/schemas/province';
import { useBrowser, watchPage, type PageWatch } from '../support/browser';
import { readItems, readYaml } from '../support/content';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
	page = await browser.context.newPage();
	watch = watchPage(page, baseUrl);
});

/**
 * The paths of the first ten results, best first. The page shows two at once and the rest as the
 * reader scrolls to them; "Show more" is pressed here (without scrolling) until ten show.
 */
async function shownResults(count = 10): Promise<string[]> {
	for (;;) {
		const shown = await page.$$eval('[data-search-results] li', (items) => items.length);
		const more = await page.$eval('[data-search-more]', (b) => !(b as HTMLButtonElement).hidden);
		if (shown >= count || !more) break;
		await page.$eval('[data-search-more]', (b) => (b as HTMLButtonElement).click());
		await page.waitForFunction(
			(n) => document.querySelectorAll('[data-search-results] li').length > n,
			shown,
		);
	}
	return page.$$eval('[data-search-results] li h2 a', (links) =>
		links.map((a) => new URL(a.getAttribute('href')!, location.href).pathname),
	);
}

/** Opens the search page for a query (a shared link) and returns the result paths, best first. */
async function searchFor(lang: 'th' | 'en', query: string, params = ''): Promise<string[]> {
	await page.goto(`${baseUrl}/${lang}/search/?q=${encodeURIComponent(query)}${params}`);
	await page.waitForFunction(() => {
		const status = document.querySelector('[data-search-status]')?.textContent ?? '';
		return status !== '' && !/Searching|กำลังค้นหา/.test(status);
	});
	return shownResults();
}

/**
 * Types a query into the search page already open in that language (opening it first if need be)
 * and returns the result paths, best first. One page load serves a whole table of queries; opening
 * a shared link for each would load pagefind and its index again every time.
 */
async function typeQuery(lang: 'th' | 'en', query: string): Promise<string[]> {
	if (new URL(page.url()).pathname !== `/${lang}/search/`)
		await page.goto(`${baseUrl}/${lang}/search/`);
	// The status is emptied here and set again only when the search for this query has finished.
	await page.$eval('[data-search-status]', (status) => (status.textContent = ''));
	await page.fill('#search-page-input', query);
	await page.press('#search-page-input', 'Enter');
	await page.waitForFunction((typed) => {
		const status = document.querySelector('[data-search-status]')?.textContent ?? '';
		const shown = new URL(location.href).searchParams.get('q');
		return shown === typed && status !== '' && !/Searching|กำลังค้นหา/.test(status);
	}, normalizeQuery(query));
	return shownResults();
}

// [language of the site, query, the page expected among the first three results]
const table: [lang: 'th' | 'en', query: string, expected: string][] = [
	// Thai on the Thai site: whole names, parts of compounds, words inside sentences
	['th', 'เบตง', 'products/betong-chicken'],
	['th', 'ไก่เบตง', 'products/betong-chicken'],
	['th', 'มุก', 'products/phuket-pearls'],
	['th', 'ไข่มุก', 'products/phuket-pearls'],
	['th', 'เชียงดา', 'products/nan-chiang-da-tea'],
	['th', 'ผ้าทอ', 'products/nan-handwoven-cloth'],
	['th', 'ลายน้ำไหล', 'products/nan-handwoven-cloth'],
	['th', 'ตาลโตนด', 'products/ban-koei-chai-palm-products'],
	['th', 'เครื่องเงิน', 'products/nan-silverware'],
	['th', 'กาบบัว', 'products/ubon-pha-kap-bua'],
	['th', 'หมูยอ', 'products/ubon-moo-yor'],
	['th', 'ก๋วยจั๊บ', 'products/ubon-kuay-jab'],
	['th', 'มะม่วงน้ำดอกไม้', 'products/udon-nam-dok-mai-mango'],
	['th', 'เกลือสินเธาว์', 'products/ban-dung-rock-salt'],
	['th', 'กล้วยหอมทอง', 'products/udon-hom-thong-banana'],
	['th', 'กล้วยหิน', 'products/bannang-sata-kluai-hin'],
	['th', 'สีมายา', 'products/yala-simaya-cloth'],
	['th', 'บาติก', 'products/phuket-batik'],
	['th', 'บ้านมอญ', 'products/ban-mon-pottery'],
	['th', 'ร่มบ่อสร้าง', 'products/bo-sang-umbrellas'],
	['th', 'มีดอรัญญิก', 'products/aranyik-knives'],
	['th', 'เครื่องถม', 'products/nakhon-si-thammarat-nielloware'],
	['th', 'เสื่อจันทบูร', 'products/chanthaburi-reed-mats'],
	['th', 'ชามไก่', 'products/lampang-rooster-bowls'],
	// A registered product with no story yet leads to its province
	['th', 'แพรวา', 'provinces/kalasin'],
	['th', 'ทุเรียนภูเขาไฟ', 'provinces/si-sa-ket'],
	// English and romanised queries on the Thai site
	['th', 'Betong', 'products/betong-chicken'],
	['th', 'pearls', 'products/phuket-pearls'],
	['th', 'Chiang Da', 'products/nan-chiang-da-tea'],
	['th', 'Nan', 'provinces/nan'],
	// Misspelt Thai
	['th', 'เบตอง', 'products/betong-chicken'],
	// English on the English site
	['en', 'Betong', 'products/betong-chicken'],
	['en', 'silver', 'products/nan-silverware'],
	['en', 'pearl', 'products/phuket-pearls'],
	['en', 'batik', 'products/phuket-batik'],
	['en', 'mango', 'products/udon-nam-dok-mai-mango'],
	['en', 'rock salt', 'products/ban-dung-rock-salt'],
	['en', 'moo yor', 'products/ubon-moo-yor'],
	['en', 'palm sugar', 'products/ban-koei-chai-palm-products'],
	['en', 'pottery', 'products/ban-mon-pottery'],
	['en', 'stone banana', 'products/bannang-sata-kluai-hin'],
	['en', 'Ubon', 'provinces/ubon-ratchathani'],
	['en', 'umbrella', 'products/bo-sang-umbrellas'],
	['en', 'rooster bowl', 'products/lampang-rooster-bowls'],
	['en', 'nielloware', 'products/nakhon-si-thammarat-nielloware'],
	['en', 'Pak Thong Chai', 'products/pak-thong-chai-silk'],
	['en', 'Doi Tung coffee', 'provinces/chiang-rai'],
	// Other romanisations
	['en', 'Chiangda', 'products/nan-chiang-da-tea'],
	['en', 'kuay jab', 'products/ubon-kuay-jab'],
	['en', 'Gai Betong', 'products/betong-chicken'],
	// Thai on the English site
	['en', 'ไก่เบตง', 'products/betong-chicken'],
	['en', 'เครื่องเงิน', 'products/nan-silverware'],
	['en', 'เชียงดา', 'products/nan-chiang-da-tea'],
	['en', 'หมูยอ', 'products/ubon-moo-yor'],
	// Misspelt English
	['en', 'Betng', 'products/betong-chicken'],
	['en', 'perls', 'products/phuket-pearls'],
	['en', 'silverwear', 'products/nan-silverware'],
];

describe('query table', () => {
	test.each(table)('on /%s/search/, "%s" finds %s in the top 3', async (lang, query, expected) => {
		const results = await typeQuery(lang, query);
		expect(results.slice(0, 3), results.join(' | ')).toContain(`/${lang}/${expected}/`);
	});
});

describe('search page', () => {
	test('keeps the query in the URL as you type, and in the box when the link is opened', async () => {
		await page.goto(`${baseUrl}/en/search/`);
		await page.fill('#search-page-input', 'batik');
		await page.waitForURL(/\?q=batik$/);
		await page.waitForSelector('[data-search-results] li');
		const shared = page.url();
		await page.goto(shared);
		expect(await page.inputValue('#search-page-input')).toBe('batik');
		await page.waitForSelector('[data-search-results] li');
	});

	test('filters by kind and region, by keyboard, and keeps them in the URL', async () => {
		await page.goto(`${baseUrl}/en/search/`);
		await page.click('summary');
		await page.focus('input[name="kind"][value=""]');
		await page.keyboard.press('ArrowRight'); // radio group: Everything → Products
		await page.selectOption('select[name="region"]', 'south');
		await page.waitForURL(/kind=product/);
		await page.waitForURL(/region=south/);
		await page.waitForFunction(() =>
			/\d+ results/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
		);
		const paths = await shownResults();
		const south = new Set(
			readYaml<Province[]>('content/provinces.yaml')
				.filter((p) => p.region === 'south')
				.map((p) => p.id),
		);
		const expected = readItems('products')
			.filter((p) => south.has(String(p.facts['province'])))
			.map((p) => `/en/products/${p.slug}/`);
		expect(expected.length).toBeGreaterThan(0);
		expect(paths.sort()).toEqual(expected.sort());
	});

	test('a shared link with a query and a filter narrows the results', async () => {
		const all = await searchFor('th', 'ผ้า');
		// Three filters at once, so that the narrowed list fits on the first page of ten.
		const textiles = await searchFor('th', 'ผ้า', '&category=textiles&kind=product&region=north');
		expect(textiles.length).toBeGreaterThan(0);
		expect(textiles.length).toBeLessThan(all.length);
		const north = new Set(
			readYaml<Province[]>('content/provinces.yaml')
				.filter((p) => p.region === 'north')
				.map((p) => p.id),
		);
		const textileProducts = readItems('products')
			.filter((p) => p.facts['category'] === 'textiles' && north.has(String(p.facts['province'])))
			.map((p) => `/th/products/${p.slug}/`);
		expect(textiles.every((path) => textileProducts.includes(path))).toBe(true);
		expect(await page.$eval('details.filters', (d) => (d as HTMLDetailsElement).open)).toBe(true);
	});

	test('filters by ids and names each result in the page language, never by an id', async () => {
		const provinces = readYaml<Province[]>('content/provinces.yaml');
		const north = provinces.filter((p) => p.region === 'north');
		for (const [lang, words] of [
			['th', th],
			['en', en],
		] as const) {
			const paths = await searchFor(lang, '', '&kind=province&region=north');
			expect(paths.sort()).toEqual(north.map((p) => `/${lang}/provinces/${p.id}/`).sort());
			const metas = await page.$$eval('[data-search-results] .result-meta', (lines) =>
				lines.map((line) => line.textContent),
			);
			// "Province · North", and "· no story yet" for a province without one
			const kindAndRegion = `${words['search.kind.province']} · ${words['region.north']}`;
			expect(new Set(metas)).toEqual(
				new Set([kindAndRegion, `${kindAndRegion} · ${words['search.noStoryYet']}`]),
			);
		}
		const inNan = await searchFor('th', 'ผ้า', '&province=nan');
		const metas = await page.$$eval('[data-search-results] .result-meta', (lines) =>
			lines.map((line) => line.textContent ?? ''),
		);
		const nan = provinces.find((p) => p.id === 'nan')!;
		expect(metas.length).toBeGreaterThan(0);
		// Every result is of Nan: a story or journey names it, and Nan's own page is the province itself.
		inNan.forEach((path, i) => {
			if (path !== '/th/provinces/nan/') expect(metas[i], path).toContain(nan.name.th);
		});
	});

	test('says so plainly when nothing matches', async () => {
		expect(await searchFor('en', 'zzzzqqqq')).toEqual([]);
		expect(await page.textContent('[data-search-status]')).toContain('Nothing matches “zzzzqqqq”');
	});

	test('tells the reader when it corrected a misspelling', async () => {
		await searchFor('en', 'Betng');
		expect(await page.textContent('[data-search-status]')).toContain(
			'Showing results for “betong”',
		);
	});

	test('reads place and product names typed without their spaces as those names', async () => {
		// "chiangmai" is two keystrokes from "chiangda" (a tea), but it is Chiang Mai run together.
		const chiangMai = await searchFor('en', 'chiangmai');
		expect(await page.textContent('[data-search-status]')).toContain(
			'Showing results for “chiang mai”',
		);
		expect(chiangMai).toContain('/en/provinces/chiang-mai/');
		expect(await searchFor('th', 'kaibetong')).toContain('/th/products/betong-chicken/');
		expect(await page.textContent('[data-search-status]')).toContain('“kai betong”');
	});

	test('says "1 result", not "1 results", and the Thai count reads naturally', async () => {
		await searchFor('en', '', '&kind=province&province=nan');
		expect(await page.textContent('[data-search-status]')).toBe(en['search.filtered.one']);
		await searchFor('en', '', '&kind=province&region=north');
		expect(await page.textContent('[data-search-status]')).toMatch(/^\d+ results$/);
		await searchFor('th', '', '&kind=province&province=nan');
		expect(await page.textContent('[data-search-status]')).toBe('พบ 1 รายการ');
	});

	test('the language switch opens the other language’s search with the same query and filters', async () => {
		await searchFor('en', 'silver', '&region=north');
		await page.click('[data-language-switch]');
		await page.waitForURL(/\/th\/search\//);
		expect(new URL(page.url()).search).toBe('?q=silver&region=north');
		expect(await page.inputValue('#search-page-input')).toBe('silver');
		await page.waitForSelector('[data-search-results] li');
		// A query typed on the page moves with it too.
		await page.fill('#search-page-input', 'ผ้า');
		await page.waitForURL(/q=%E0%B8%9C/);
		await page.click('[data-language-switch]');
		await page.waitForURL(/\/en\/search\//);
		expect(await page.inputValue('#search-page-input')).toBe('ผ้า');
		expect(new URL(page.url()).searchParams.get('region')).toBe('north');
	});

	test('a province with no story yet ranks below the stories that match the same way', async () => {
		const withStories = new Set([
			...readItems('products').map((p) => String(p.facts['province'])),
			...readItems('itineraries').flatMap((i) => i.facts['provinces'] as string[]),
		]);
		const storyless = (path: string) => {
			const province = /\/provinces\/([^/]+)\//.exec(path)?.[1];
			return province !== undefined && !withStories.has(province);
		};
		for (const [lang, query, words] of [
			// Phetchaburi has stories, Phetchabun none yet.
			['en', 'phetcha', en],
			['th', 'เพชร', th],
		] as const) {
			await searchFor(lang, query);
			const rows = await page.$$eval(
				'[data-search-results] li',
				(items, byNameText) =>
					items.map((li) => ({
						path: new URL(li.querySelector('h2 a')!.getAttribute('href')!, location.href).pathname,
						byName: li.querySelector('.result-reason')?.textContent === byNameText,
					})),
				words['search.matched.name'],
			);
			const seen = rows.map((r) => `${r.path}${r.byName ? ' (name)' : ''}`).join(' | ');
			const firstStoryless = rows.findIndex((r) => storyless(r.path));
			expect(firstStoryless, `${lang} ${query}: ${seen}`).toBeGreaterThan(0);
			rows.forEach((row, i) => {
				if (storyless(row.path)) return;
				// A story after a storyless province matched in its text only, while that province by name.
				const before = rows.slice(0, i).filter((r) => storyless(r.path));
				if (before.length > 0)
					expect(!row.byName && before.every((r) => r.byName), seen).toBe(true);
			});
		}
	});

	test('names first, then the weaker matches, told apart, with why each was found', async () => {
		const results = await searchFor('th', 'ผ้าทอ');
		// Two products are called ผ้าทอ… (Nan's and Ko Yo's); either may come first.
		expect(['/th/products/nan-handwoven-cloth/', '/th/products/ko-yo-woven-cloth/']).toContain(
			results[0],
		);
		const rows = await page.$$eval('[data-search-results] li', (items) =>
			items.map((li) => ({
				title: li.querySelector('h2 a')!.textContent,
				path: new URL(li.querySelector('h2 a')!.getAttribute('href')!, location.href).pathname,
				weakerNote: li.querySelector('.weaker-note')?.textContent ?? null,
				reason: li.querySelector('.result-reason')?.textContent ?? '',
				meta: li.querySelector('.result-meta')?.textContent ?? '',
			})),
		);
		const weaker = rows.findIndex((row) => row.weakerNote !== null);
		expect(weaker, JSON.stringify(rows)).toBeGreaterThan(0);
		expect(rows[weaker]!.weakerNote).toBe(th['search.weaker']);
		expect(rows.filter((row) => row.weakerNote !== null)).toHaveLength(1);
		// Above the note, names that match; below it, text that does (a banana has "ทอง" in its text).
		expect(rows.slice(0, weaker).every((row) => row.reason === th['search.matched.name'])).toBe(
			true,
		);
		expect(rows.slice(weaker).every((row) => row.reason === th['search.matched.text'])).toBe(true);
		const banana = rows.findIndex((row) => row.path.includes('hom-thong-banana'));
		expect(banana === -1 || banana >= weaker).toBe(true);
		expect(rows[0]!.meta.startsWith(th['search.kind.product'])).toBe(true);
		// Titles as Thai is written, without the spaces the index keeps between words.
		expect(rows.slice(0, 2).map((row) => row.title)).toEqual(
			expect.arrayContaining(['ผ้าทอน่าน', 'ผ้าทอเกาะยอ']),
		);
	});

	test('offers suggestions and regions before a search', async () => {
		await page.goto(`${baseUrl}/th/search/`);
		expect(await page.isVisible('[data-search-start]')).toBe(true);
		expect(
			await page.$$eval('[data-search-start] a', (links) => links.length),
		).toBeGreaterThanOrEqual(6);
	});
});

describe('unsafe and odd queries', () => {
	test('shows a query with markup as text and runs none of it', async () => {
		const query = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
		await searchFor('en', query);
		expect(await page.textContent('[data-search-status]')).toContain('<img src=x');
		expect(
			await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
		).toBeUndefined();
		expect(await page.$$('main img[src="x"]')).toHaveLength(0);
		expect(
			await page.$$eval(
				'script',
				(scripts) => scripts.filter((s) => s.textContent?.includes('__pwned')).length,
			),
		).toBe(0);
	});

	test('a very long query is cut short and the page still works', async () => {
		await searchFor('en', `silver ${'x'.repeat(5000)}`);
		expect((await page.inputValue('#search-page-input')).length).toBeLessThanOrEqual(100);
	});

	test('an empty query shows the suggestions, not an error', async () => {
		await page.goto(`${baseUrl}/en/search/?q=%20%20`);
		expect(await page.isVisible('[data-search-start]')).toBe(true);
		expect(await page.textContent('[data-search-status]')).toBe('');
	});

	test('nothing was requested from another host and nothing logged an error', () => {
		expect(watch.foreignRequests).toEqual([]);
		expect(watch.errors).toEqual([]);
	});
});

describe('loading', () => {
	test('story pages do not load pagefind; the search page loads it only for a query', async () => {
		const fresh = await browser.context.newPage();
		const requests: string[] = [];
		fresh.on('request', (r) => requests.push(new URL(r.url()).pathname));
		await fresh.goto(`${baseUrl}/en/products/betong-chicken/`);
		await fresh.goto(`${baseUrl}/en/search/`);
		await fresh.waitForLoadState('networkidle');
		expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
		await fresh.fill('#search-page-input', 'silver');
		await fresh.waitForSelector('[data-search-results] li');
		expect(requests.some((p) => p.startsWith('/pagefind/'))).toBe(true);
		await fresh.close();
	});
});

describe('long result lists', () => {
	const count = () => page.$$eval('[data-search-results] li', (items) => items.length);

	test('show two results at once, six more on request with focus on the first new one, and the rest as the reader scrolls', async () => {
		await page.goto(`${baseUrl}/en/search/?kind=province`);
		await page.waitForSelector('[data-search-results] li');
		await page.waitForLoadState('networkidle');
		// Two fill the first screen; the button below them is off screen, so nothing more loads.
		expect(await count()).toBe(2);
		expect(await page.textContent('[data-search-status]')).toContain('77 results');
		// A keyboard user tabs to the button (which scrolls it into view, so six more come) and
		// presses Enter: focus goes to the first of those six, the first result not yet seen.
		await page.focus('[data-search-more]');
		await page.keyboard.press('Enter');
		await page.waitForFunction(
			() => document.querySelectorAll('[data-search-results] li').length >= 14,
		);
		expect(
			await page.evaluate(
				() =>
					document.activeElement?.closest('li') ===
					document.querySelectorAll('[data-search-results] li')[2],
			),
		).toBe(true);
		// Scrolling to the end of the list brings the next ones, until all 77 are there.
		for (let shown = await count(); shown < 77; shown = await count()) {
			await page.$eval('[data-search-more]', (b) => b.scrollIntoView());
			await page.waitForFunction(
				(n) => document.querySelectorAll('[data-search-results] li').length > n,
				shown,
			);
		}
		expect(await count()).toBe(77);
		expect(await page.$eval('[data-search-more]', (b) => (b as HTMLButtonElement).hidden)).toBe(
			true,
		);
		const paths = await shownResults(77);
		expect(new Set(paths).size).toBe(77);
	});

	test('a failed download loses nothing: "Show more" stays, and pressing it again loads them', async () => {
		const provinces = `${baseUrl}/en/search/?kind=province`;
		await page.goto(provinces);
		await page.waitForSelector('[data-search-results] li');
		const expected = await shownResults(8);
		await page.goto(provinces);
		await page.waitForSelector('[data-search-results] li');
		await page.waitForLoadState('networkidle');
		// Each result's text (its fragment) cannot be downloaded: the connection has dropped.
		const offline = (route: Route) => route.abort('internetdisconnected');
		await page.route('**/pagefind/en/fragment/**', offline);
		await page.$eval('[data-search-more]', (b) => (b as HTMLButtonElement).click());
		await page.waitForTimeout(300);
		expect(await count()).toBe(2);
		expect(await page.$eval('[data-search-more]', (b) => (b as HTMLButtonElement).hidden)).toBe(
			false,
		);
		await page.unroute('**/pagefind/en/fragment/**', offline);
		// The six that failed come now, in their place: none skipped, none twice.
		expect(await shownResults(8)).toEqual(expected);
	});
});

describe('search that cannot load', () => {
	// What fails: pagefind's script comes but its list of indexes does not, or nothing of it comes.
	test.each([
		['its index', '**/pagefind/en/pagefind-entry.json*'],
		['search itself', '**/pagefind/**'],
	])('says so when %s cannot be loaded, and the next search loads it again', async (_, blocked) => {
		const offline = (route: Route) => route.abort('internetdisconnected');
		await page.route(blocked, offline);
		await page.goto(`${baseUrl}/en/search/?q=silver`);
		await page.waitForFunction(() =>
			document.querySelector('[data-search-status]')?.textContent?.includes('could not be loaded'),
		);
		expect(await page.$$eval('[data-search-results] li', (items) => items.length)).toBe(0);
		await page.unroute(blocked, offline);
		await page.fill('input[name="q"]', 'silverware');
		await page.press('input[name="q"]', 'Enter');
		await page.waitForSelector('[data-search-results] li');
		expect(await page.textContent('[data-search-status]')).toContain('silverware');
	});
});
