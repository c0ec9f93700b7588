import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { contentGuard, contentGuardPlugin } from '../../src/integrations/content-guard';

const work = mkdtempSync(join(tmpdir(), 'khong-dee-guard-'));
const content = join(work, 'content');
mkdirSync(join(content, 'products', 'x'), { recursive: true });
const good =
	'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="1" height="1"/></svg>';
const bad =
	'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">\n<script>alert("SECRET")</script>\n</svg>';
writeFileSync(join(content, 'products', 'x', 'cover.svg'), good);
writeFileSync(join(content, 'products', 'x', 'fig.svg'), bad);
writeFileSync(join(work, 'outside.svg'), bad);
writeFileSync(join(content, 'products', 'x', 'fig.png'), bad);
writeFileSync(
	join(content, 'products', 'x', 'photo.jpg'),
	await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } })
		.jpeg()
		.toBuffer(),
);
symlinkSync(join(work, 'outside.svg'), join(content, 'products', 'x', 'linked.svg'));
const load = (id: string) => contentGuardPlugin(content, work).load.handler(id);

describe('the build-time SVG guard', () => {
	test('lets a plain drawing through to Astro', async () => {
		await expect(load(join(content, 'products/x/cover.svg'))).resolves.toBeNull();
		await expect(
			load(`${join(content, 'products/x/cover.svg')}?astroContentImageFlag&importer=x`),
		).resolves.toBeNull();
	});

	test.each(['', '?astroContentImageFlag&importer=facts.yaml', '?raw', '?url'])(
		'refuses a hostile SVG under content/ loaded as "fig.svg%s", naming it',
		async (query) => {
			await expect(load(`${join(content, 'products/x/fig.svg')}${query}`)).rejects.toThrow(
				/content\/products\/x\/fig\.svg:2 — \(SVG\) — the SVG contains a <script>/,
			);
		},
	);

	test('never prints the file', async () => {
		try {
			await load(join(content, 'products/x/fig.svg'));
		} catch (error) {
			expect((error as Error).message).not.toContain('SECRET');
			expect((error as Error).message).toMatch(/\p{Script=Thai}/u);
			return;
		}
		throw new Error('not refused');
	});

	test('refuses a linked SVG without reading it', async () => {
		await expect(load(join(content, 'products/x/linked.svg'))).rejects.toThrow(
			/linked\.svg — \(file\) — this is a link/,
		);
	});

	test('leaves SVGs outside content/, missing pictures and other modules alone', async () => {
		await expect(load(join(work, 'outside.svg'))).resolves.toBeNull();
		await expect(load(join(content, 'products/x/index.en.md'))).resolves.toBeNull();
		await expect(load('\0virtual:something.svg')).resolves.toBeNull();
		// A typo in a picture's name is Astro's to report, not called a link.
		await expect(load(join(content, 'products/x/typo.jpg'))).resolves.toBeNull();
	});
});

describe('the build-time picture guard', () => {
	test('refuses a picture whose bytes are not what its name says, and lets a real one through', async () => {
		await expect(
			load(`${join(content, 'products/x/fig.png')}?astroContentImageFlag`),
		).rejects.toThrow(
			/products\/x\/fig\.png — \(file\) — the file is named as PNG but its contents are an SVG file/,
		);
		await expect(load(join(content, 'products/x/photo.jpg'))).resolves.toBeNull();
	});
});

describe('the build-time content guard at config setup', () => {
	const setup = (root: string) => {
		const plugins: unknown[] = [];
		const hook = contentGuard().hooks['astro:config:setup'] as unknown as (options: {
			config: { root: URL };
			updateConfig: (c: { vite: { plugins: unknown[] } }) => void;
		}) => void;
		hook({
			config: { root: pathToFileURL(`${root}/`) },
			updateConfig: (c) => plugins.push(...c.vite.plugins),
		});
		return plugins;
	};

	test('refuses a link and a file of a kind content does not use, naming each, before anything is loaded', () => {
		const other = mkdtempSync(join(tmpdir(), 'khong-dee-guard-setup-'));
		mkdirSync(join(other, 'content', 'products', 'y'), { recursive: true });
		writeFileSync(join(other, 'content', 'products', 'y', 'index.en.md'), '---\ntitle: x\n---\n');
		expect(setup(other)).toHaveLength(1);
		writeFileSync(join(other, 'content', 'products', 'y', 'run'), 'require("node:fs")');
		symlinkSync(join(work, 'outside.svg'), join(other, 'content', 'products', 'y', 'linked.svg'));
		expect(() => setup(other)).toThrow(
			/content\/products\/y\/linked\.svg — \(file\) — this is a link[\s\S]*content\/products\/y\/run — \(file\) — content\/ holds only stories/,
		);
	});
});

describe('the check of every SVG the build publishes', () => {
	const done = (dir: string) =>
		(contentGuard().hooks['astro:build:done'] as unknown as (options: { dir: URL }) => void)({
			dir: pathToFileURL(`${dir}/`),
		});

	test('passes a site of clean drawings, and stops on a live one wherever it was written', () => {
		const dist = mkdtempSync(join(tmpdir(), 'khong-dee-dist-'));
		mkdirSync(join(dist, '_astro'));
		writeFileSync(join(dist, 'favicon.svg'), good);
		writeFileSync(join(dist, '_astro', 'cover.abc.svg'), good);
		expect(() => done(dist)).not.toThrow();
		writeFileSync(join(dist, '_astro', 'poly.D1JMi1nU.svg'), bad);
		expect(() => done(dist)).toThrow(
			/_astro\/poly\.D1JMi1nU\.svg:2 — \(SVG\) — the SVG contains a <script>/,
		);
	});
});
