import { spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { spawnLocalServer } from '../../src/integrations/browser-editor';
import { useBrowser, watchPage } from '../support/browser';
import { childEnv } from '../support/child-env';
import { buildFixture } from '../support/fixture-build';

/**
 * A non-programmer's first story, end to end: the editor at /admin/ of the built site saves through
 * Decap's own local server (decap-server, as `npm run dev` runs it) into a copy of the content; the
 * check and a build then take what it wrote. The page may talk to no host but the site's own.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const baseUrl = inject('baseUrl');
const browser = useBrowser({ viewport: { width: 1280, height: 900 } });

let work: string;
let server: ChildProcess;
let port: number;
const requests: string[] = [];
let errors: string[] = [];

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port: free } = probe.address() as { port: number };
			probe.close(() => resolve(free));
		});
	});
}

beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), 'khong-dee-editor-'));
	cpSync(join(root, 'content'), join(work, 'content'), { recursive: true });
	port = await freePort();
	server = spawnLocalServer(work, port, childEnv({}), 'ignore');
});

afterAll(() => {
	server?.kill();
	if (work) rmSync(work, { recursive: true, force: true });
});

/** Opens the editor signed in to the local server, recording every request and error of the page. */
async function openEditor(): Promise<Page> {
	const page = await browser.context.newPage();
	const watch = watchPage(page, baseUrl);
	errors = watch.errors;
	page.on('request', (request) => requests.push(request.url()));
	// What `npm run dev` does (src/integrations/browser-editor.ts): /admin/api/v1/ is decap-server.
	await page.route(`${baseUrl}/admin/api/v1/`, async (route) => {
		const answer = await route.fetch({ url: `http://127.0.0.1:${port}/api/v1` });
		await route.fulfill({ response: answer });
	});
	// "Leave with unsaved changes?" and the like: an editor would say yes.
	page.on('dialog', (dialog) => void dialog.accept());
	await page.goto(`${baseUrl}/admin/`);
	// Signed in once, Decap remembers it for the next page of the same browser.
	const signIn = page.getByRole('button', { name: 'เข้าสู่ระบบ', exact: true });
	const collections = page.getByText('ของดี (เรื่อง) · Products (stories)').first();
	// Decap's script is large: on a busy two-core machine (a build beside the tests) its first
	// start has taken over 30 s, so the wait is longer than Playwright's default.
	await signIn.or(collections).first().waitFor({ timeout: 90_000 });
	if (await signIn.isVisible()) await signIn.click();
	await collections.waitFor({ timeout: 90_000 });
	return page;
}

/**
 * Fills the `which`-th field called `name` in the open form (Thai pane first, then English). Decap
 * names each field's element `<name>-field-<n>` and may render the form again while it loads: the
 * locator is found afresh on every try.
 */
async function fill(page: Page, name: string, text: string, which = 0): Promise<void> {
	await page.locator(`[id^="${name}-field-"]`).nth(which).fill(text);
}

/** Chooses an option of a select field by typing part of its label. */
async function choose(page: Page, name: string, text: string): Promise<void> {
	await fill(page, name, text);
	await page.keyboard.press('Enter');
}

async function publishNow(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'เผยแพร่', exact: true }).click();
	await page.getByText('เผยแพร่ตอนนี้', { exact: true }).click();
}

/** Publishes a new entry and waits until Decap shows it as saved (its address becomes the entry's). */
async function publishNew(page: Page): Promise<void> {
	// Decap may render a new entry's form again while it loads, which empties the field filled
	// first (the folder): seen on a busy machine. An editor would see it empty and type it again.
	const folderField = page.locator('[id^="folder-field-"]').first();
	if ((await folderField.inputValue()) !== slug) await folderField.fill(slug);
	await publishNow(page);
	await page.waitForURL(/\/entries\//, { timeout: 30_000 });
}

const slug = 'hand-woven-test-cloth';
const folder = () => join(work, 'content/products', slug);
const read = (file: string) => readFileSync(join(folder(), file), 'utf8');
const thaiTitle = 'ผ้าทอมือทดลอง';
const thaiSummary = 'ผ้าทอมือจากหมู่บ้านทอผ้าในจังหวัดลำพูน ทอด้วยกี่พื้นบ้านตามแบบที่สืบทอดกันมา';
const englishSummary = 'Hand-woven cloth from a weaving village in Lamphun, made on village looms.';

// The editor is a large single-page app: loading it and saving through it takes seconds each.
describe('the browser editor', { timeout: 120_000 }, () => {
	it('creates a product in both languages with a picture, in the files the site reads', async () => {
		const page = await openEditor();

		// The facts and the picture, in the item's own folder.
		await page.goto(`${baseUrl}/admin/#/collections/product-facts/new`);
		await fill(page, 'folder', slug);
		await choose(page, 'province', 'ลำพูน');
		await choose(page, 'category', 'ผ้าและสิ่งทอ');
		await page.getByRole('button', { name: 'เลือกรูปภาพ' }).click();
		await page
			.locator('input[type="file"]')
			.setInputFiles(join(root, 'content/products/lamphun-brocade-silk/cover.svg'));
		await page.getByRole('button', { name: 'เลือกข้อมูลที่ถูกเลือก' }).click();
		await fill(page, 'th', 'ภาพวาดผ้าทอมือพับซ้อนกันบนพื้นสีครีม', 0);
		await fill(page, 'en', 'Drawing of folded hand-woven cloth on a cream background', 0);
		await fill(page, 'th', 'ของดี', 1);
		await fill(page, 'en', 'Khong Dee', 1);
		await choose(page, 'licence', 'CC-BY-4.0');
		await page.locator('[id^="illustration-field-"]').click();
		await publishNew(page);
		await expect
			.poll(() => existsSync(join(folder(), 'facts.yaml')), { timeout: 20_000 })
			.toBe(true);

		// The story, Thai and English side by side.
		await page.goto(`${baseUrl}/admin/#/collections/products/new`);
		await page.locator('[id^="title-field-"]').first().waitFor();
		await fill(page, 'folder', slug);
		await fill(page, 'title', thaiTitle, 0);
		await fill(page, 'summary', thaiSummary, 0);
		await fill(page, 'title', 'Hand-woven test cloth', 1);
		await fill(page, 'summary', englishSummary, 1);
		const bodies = page.locator('[contenteditable="true"]');
		await bodies.nth(0).fill('## ที่มา\n\nผ้าผืนนี้ทอขึ้นเพื่อทดลองห้องบรรณาธิการ');
		await bodies.nth(1).fill('## Where it comes from\n\nThis cloth was woven to try the editor.');
		await publishNew(page);
		await expect
			.poll(() => existsSync(join(folder(), 'index.en.md')), { timeout: 20_000 })
			.toBe(true);
		await page.close();

		expect(readdirSync(folder()).sort()).toEqual([
			'cover.svg',
			'facts.yaml',
			'index.en.md',
			'index.th.md',
		]);
		const facts = parse(read('facts.yaml')) as Record<string, unknown>;
		expect(facts).toMatchObject({
			province: 'lamphun',
			category: 'textiles',
			image: {
				src: 'cover.svg',
				alt: { th: 'ภาพวาดผ้าทอมือพับซ้อนกันบนพื้นสีครีม' },
				credit: { th: 'ของดี', en: 'Khong Dee' },
				licence: 'CC-BY-4.0',
				illustration: true,
			},
		});
		// The folder name is asked for, never written; no hidden key of the editor reaches a file.
		for (const file of ['facts.yaml', 'index.th.md', 'index.en.md'])
			expect(read(file)).not.toMatch(/^\s*(folder|__source):/m);
		expect(read('index.th.md')).toBe(
			`---\ntitle: ${thaiTitle}\nsummary: ${thaiSummary}\n---\n\n## ที่มา\n\nผ้าผืนนี้ทอขึ้นเพื่อทดลองห้องบรรณาธิการ\n`,
		);
		expect(read('cover.svg')).toBe(
			readFileSync(join(root, 'content/products/lamphun-brocade-silk/cover.svg'), 'utf8'),
		);

		// The check takes what the editor wrote.
		const check = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts'], {
			cwd: root,
			encoding: 'utf8',
			env: childEnv({ KHONGDEE_CONTENT_DIR: join(work, 'content') }),
		});
		expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);

		expect(errors).toEqual([]);
		expect(requests.filter((url) => !url.startsWith(`${baseUrl}/`))).toEqual([]);
	});

	it('refuses to save a summary too short for the check, naming the field', async () => {
		const page = await openEditor();
		await page.goto(`${baseUrl}/admin/#/collections/products/new`);
		await page.locator('[id^="title-field-"]').first().waitFor();
		await fill(page, 'folder', 'too-short-summary');
		await fill(page, 'title', 'สั้นไป', 0);
		await fill(page, 'summary', 'สั้นเกินไป', 0);
		await fill(page, 'title', 'Too short', 1);
		await fill(page, 'summary', 'Too short.', 1);
		await publishNow(page);
		// Decap names the field and the rule from our schema (src/cms/schema-fields.ts).
		await expect
			.poll(() => page.getByText('ยาว 30–220 ตัวอักษร · 30–220 characters').count())
			.toBeGreaterThan(0);
		await expect(page.getByText('สรุป · Summary').first().isVisible()).resolves.toBe(true);
		expect(existsSync(join(work, 'content/products/too-short-summary'))).toBe(false);
		await page.close();
	});

	it('an English edit changes the English file only, by the line edited', async () => {
		const story = join(work, 'content/products/nan-silverware');
		const before = {
			en: readFileSync(join(story, 'index.en.md'), 'utf8'),
			th: readFileSync(join(story, 'index.th.md'), 'utf8'),
			facts: readFileSync(join(story, 'facts.yaml'), 'utf8'),
		};
		const page = await openEditor();
		// As an editor finds it: in the list of stories.
		await page.getByText('เครื่องเงินน่าน', { exact: true }).first().click();
		await page.waitForURL(/\/entries\/nan-silverware/);
		await expect
			.poll(() => page.locator('[id^="title-field-"]').first().inputValue())
			.toBe('เครื่องเงินน่าน');
		const summary =
			'Silver bowls, belts and jewellery hammered and chased by hand in Nan, a craft of the old city.';
		await fill(page, 'summary', summary, 1);
		await publishNow(page);
		await expect
			.poll(() => readFileSync(join(story, 'index.en.md'), 'utf8'), { timeout: 20_000 })
			.not.toBe(before.en);
		await page.close();

		const after = readFileSync(join(story, 'index.en.md'), 'utf8').split('\n');
		const changed = before.en.split('\n').flatMap((line, i) => (line === after[i] ? [] : [i]));
		expect(after).toHaveLength(before.en.split('\n').length);
		expect(changed.map((i) => after[i])).toEqual([`summary: ${summary}`]);
		expect(readFileSync(join(story, 'index.th.md'), 'utf8')).toBe(before.th);
		expect(readFileSync(join(story, 'facts.yaml'), 'utf8')).toBe(before.facts);
	});

	it('the built site shows the new story', async () => {
		const created = folder();
		const build = await buildFixture((contentDir) =>
			cpSync(created, join(contentDir, 'products', slug), { recursive: true }),
		);
		expect(build.status, build.output).toBe(0);
		// Thai text on the page carries <wbr> at word breaks (src/integrations/finish-pages.ts).
		const page = readFileSync(
			join(build.distDir, 'th/products', slug, 'index.html'),
			'utf8',
		).replace(/<wbr>/g, '');
		expect(page).toContain(thaiTitle);
		expect(page).toContain('ผ้าผืนนี้ทอขึ้นเพื่อทดลองห้องบรรณาธิการ');
		rmSync(build.work, { recursive: true, force: true });
	});
});
