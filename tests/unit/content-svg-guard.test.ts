import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { contentSvgGuard, contentSvgGuardPlugin } from '../../src/integrations/content-svg-guard';

const work = mkdtempSync(join(tmpdir(), 'khong-dee-guard-'));
const content = join(work, 'content');
mkdirSync(join(content, 'products', 'x'), { recursive: true });
const good = '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>';
const bad = '<svg xmlns="http://www.w3.org/2000/svg">\n<script>alert("SECRET")</script>\n</svg>';
writeFileSync(join(content, 'products', 'x', 'cover.svg'), good);
writeFileSync(join(content, 'products', 'x', 'fig.svg'), bad);
writeFileSync(join(work, 'outside.svg'), bad);
writeFileSync(join(content, 'products', 'x', 'fig.png'), bad);
writeFileSync(
	join(content, 'products', 'x', 'photo.jpg'),
	new Uint8Array([0xff, 0xd8, 0xff, 0xe0]),
);
symlinkSync(join(work, 'outside.svg'), join(content, 'products', 'x', 'linked.svg'));
const load = (id: string) => contentSvgGuardPlugin(content, work).load.handler(id);

describe('the build-time SVG guard', () => {
	test('lets a plain drawing through to Astro', () => {
		expect(load(join(content, 'products/x/cover.svg'))).toBeNull();
		expect(
			load(`${join(content, 'products/x/cover.svg')}?astroContentImageFlag&importer=x`),
		).toBeNull();
	});

	test.each(['', '?astroContentImageFlag&importer=facts.yaml', '?raw', '?url'])(
		'refuses a hostile SVG under content/ loaded as "fig.svg%s", naming it',
		(query) => {
			expect(() => load(`${join(content, 'products/x/fig.svg')}${query}`)).toThrow(
				/content\/products\/x\/fig\.svg:2 — \(SVG\) — the SVG contains a <script>/,
			);
		},
	);

	test('never prints the file', () => {
		try {
			load(join(content, 'products/x/fig.svg'));
		} catch (error) {
			expect((error as Error).message).not.toContain('SECRET');
			expect((error as Error).message).toMatch(/\p{Script=Thai}/u);
			return;
		}
		throw new Error('not refused');
	});

	test('refuses a linked SVG without reading it', () => {
		expect(() => load(join(content, 'products/x/linked.svg'))).toThrow(
			/linked\.svg — \(file\) — this is a link/,
		);
	});

	test('leaves SVGs outside content/ and other modules alone', () => {
		expect(load(join(work, 'outside.svg'))).toBeNull();
		expect(load(join(content, 'products/x/en.md'))).toBeNull();
		expect(load('\0virtual:something.svg')).toBeNull();
	});
});

describe('the build-time picture guard', () => {
	test('refuses a picture whose bytes are not what its name says, and lets a real one through', () => {
		expect(() => load(`${join(content, 'products/x/fig.png')}?astroContentImageFlag`)).toThrow(
			/products\/x\/fig\.png — \(file\) — the file is named as PNG but its contents are an SVG file/,
		);
		expect(load(join(content, 'products/x/photo.jpg'))).toBeNull();
	});
});

describe('the build-time content guard at config setup', () => {
	const setup = (root: string) => {
		const plugins: unknown[] = [];
		const hook = contentSvgGuard().hooks['astro:config:setup'] as unknown as (options: {
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
		writeFileSync(join(other, 'content', 'products', 'y', 'en.md'), '---\ntitle: x\n---\n');
		expect(setup(other)).toHaveLength(1);
		writeFileSync(join(other, 'content', 'products', 'y', 'run'), 'require("node:fs")');
		symlinkSync(join(work, 'outside.svg'), join(other, 'content', 'products', 'y', 'linked.svg'));
		expect(() => setup(other)).toThrow(
			/content\/products\/y\/linked\.svg — \(file\) — this is a link[\s\S]*content\/products\/y\/run — \(file\) — content\/ holds only stories/,
		);
	});
});
