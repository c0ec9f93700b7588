import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentSvgGuardPlugin } from '../../src/integrations/content-svg-guard';

const work = mkdtempSync(join(tmpdir(), 'khong-dee-guard-'));
const content = join(work, 'content');
mkdirSync(join(content, 'products', 'x'), { recursive: true });
const good = '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>';
const bad = '<svg xmlns="http://www.w3.org/2000/svg">\n<script>alert("SECRET")</script>\n</svg>';
writeFileSync(join(content, 'products', 'x', 'cover.svg'), good);
writeFileSync(join(content, 'products', 'x', 'fig.svg'), bad);
writeFileSync(join(work, 'outside.svg'), bad);
symlinkSync(join(work, 'outside.svg'), join(content, 'products', 'x', 'linked.svg'));
const load = (id: string) => contentSvgGuardPlugin(content, work).load.handler(id);

describe('the build-time SVG guard', () => {
	test('lets a plain drawing through to Astro', () => {
		expect(load(join(content, 'products/x/cover.svg'))).toBeNull();
		expect(load(`${join(content, 'products/x/cover.svg')}?astroContentImageFlag&importer=x`)).toBeNull();
	});

	test.each(['', '?astroContentImageFlag&importer=facts.yaml', '?raw', '?url'])('refuses a hostile SVG under content/ loaded as "fig.svg%s", naming it', (query) => {
		expect(() => load(`${join(content, 'products/x/fig.svg')}${query}`)).toThrow(/content\/products\/x\/fig\.svg:2 — \(SVG\) — the SVG contains a <script>/);
	});

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
		expect(() => load(join(content, 'products/x/linked.svg'))).toThrow(/linked\.svg — \(file\) — this is a link/);
	});

	test('leaves SVGs outside content/ and other modules alone', () => {
		expect(load(join(work, 'outside.svg'))).toBeNull();
		expect(load(join(content, 'products/x/en.md'))).toBeNull();
		expect(load('\0virtual:something.svg')).toBeNull();
	});
});
