import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { previewSiteUrl, siteUrl } from '../../src/lib/site-url';
import { childEnv } from '../support/child-env';

describe('siteUrl', () => {
	test('uses SITE_URL when it is set, for publishing or not', () => {
		expect(siteUrl({ SITE_URL: 'https://khongdee.example', NODE_ENV: 'production' })).toBe(
			'https://khongdee.example',
		);
		expect(siteUrl({ SITE_URL: 'https://khongdee.example' })).toBe('https://khongdee.example');
	});

	test('falls back to the preview address for local work and tests', () => {
		expect(siteUrl({})).toBe(previewSiteUrl);
		expect(siteUrl({ NODE_ENV: 'test', SITE_URL: '' })).toBe(previewSiteUrl);
	});

	test('refuses a build for publishing without SITE_URL, in English and Thai', () => {
		for (const SITE_URL of [undefined, '', '  ']) {
			expect(() => siteUrl({ NODE_ENV: 'production', SITE_URL })).toThrow(
				/SITE_URL is not set[^]*NODE_ENV=production[^]*ยังไม่ได้ตั้งค่า SITE_URL/,
			);
		}
	});

	test('refuses a SITE_URL that is not an http(s) address', () => {
		for (const SITE_URL of ['khongdee.example', '/th/', 'ftp://khongdee.example', 'https://']) {
			expect(() => siteUrl({ SITE_URL })).toThrow(/SITE_URL must be[^]*SITE_URL ต้องเป็น/);
		}
	});
});

describe('npm run build', () => {
	test('with NODE_ENV=production and no SITE_URL, stops before building anything', () => {
		const root = fileURLToPath(new URL('../..', import.meta.url));
		const out = join(mkdtempSync(join(tmpdir(), 'khongdee-site-url-')), 'dist');
		const env = childEnv({ NODE_ENV: 'production', KHONGDEE_OUT_DIR: out });
		delete env.SITE_URL;
		const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
			cwd: root,
			encoding: 'utf8',
			env,
			timeout: 60_000,
		});
		expect(build.status).toBe(1);
		expect(build.stderr).toMatch(/SITE_URL is not set[^]*ยังไม่ได้ตั้งค่า SITE_URL/);
		// It stopped before the content check and Astro: nothing was written.
		expect(build.stdout).not.toMatch(/astro|Built the site/i);
		expect(existsSync(out)).toBe(false);
		expect(existsSync(`${out}.next`)).toBe(false);
	});
});
