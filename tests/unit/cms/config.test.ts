import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cmsConfig, formatNames, type NamedEntry } from '../../../src/cms/config';
import { browserEditor } from '../../../src/lib/browser-editor';
import type { CmsField } from '../../../src/cms/schema-fields';
import { itineraryStorySchema } from '../../../src/schemas/itinerary';
import { productFactsSchema } from '../../../src/schemas/product';
import { storySchema } from '../../../src/schemas/story';

const content = join(import.meta.dirname, '../../../content');
const provinces = parse(readFileSync(join(content, 'provinces.yaml'), 'utf8')) as NamedEntry[];
const categories = parse(readFileSync(join(content, 'categories.yaml'), 'utf8')) as NamedEntry[];
const config = cmsConfig({
	provinces,
	categories,
	repo: 'owner/khong-dee',
	branch: 'main',
	siteUrl: 'https://example.org/',
	localBackendUrl: '/admin/api/v1',
}) as { collections: { name: string; fields: CmsField[]; format: string; path: string }[] };

const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const field = (fields: CmsField[], path: string): CmsField =>
	path
		.split('.')
		.reduce<CmsField>((found, name) => (found.fields ?? []).find((f) => f.name === name)!, {
			name: '',
			label: '',
			widget: 'object',
			fields,
		});

/** What Decap decides for a string field: required and present, and the pattern matched. */
function editorAccepts(f: CmsField, value: string): boolean {
	if (value === '') return f.required === false;
	return f.pattern ? new RegExp(f.pattern[0]).test(value) : true;
}

/** Texts of each length around a field's limits, as an editor might type them. */
function around(min: number, max: number): string[] {
	return [min - 1, min, min + 1, max - 1, max, max + 1]
		.filter((n) => n >= 0)
		.map((n) => 'ก'.repeat(n));
}

describe('the editor refuses what the check refuses', () => {
	const stories = collection('products').fields;
	const shape = storySchema.shape;

	it.each([
		['title', shape.title, 2, 90],
		['summary', shape.summary, 30, 220],
	] as const)(
		"a story's %s: the same verdict at every length around its limits",
		(name, schema, min, max) => {
			for (const text of around(min, max))
				expect(editorAccepts(field(stories, name), text), `${name} of ${text.length}`).toBe(
					schema.safeParse(text).success,
				);
		},
	);

	it("a journey stop's texts, from the schema of the stops map", () => {
		const stops = field(collection('journeys').fields, 'stops');
		const stopSchema = (itineraryStorySchema.shape.stops as z.ZodRecord).valueType as z.ZodObject;
		for (const [name, min, max] of [
			['name', 2, 120],
			['activity', 10, 800],
		] as const) {
			for (const text of around(min, max))
				expect(editorAccepts(field(stops.fields!, name), text), `${name} of ${text.length}`).toBe(
					(stopSchema.shape[name] as z.ZodType).safeParse(text).success,
				);
		}
		expect(field(stops.fields!, 'travel').required).toBe(false);
		expect(field(stops.fields!, 'id').readonly).toBe(true);
	});

	it('the folder name of a new item: a slug, as the folder must be', () => {
		const folder = field(stories, 'folder');
		for (const name of [
			'nan-silverware',
			'a1',
			'Nan-Silverware',
			'nan_silverware',
			'nan--silver',
			'-nan',
			'น่าน',
		])
			expect(editorAccepts(folder, name), name).toBe(/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name));
	});

	it("a product's facts: required fields, choices and limits come from the schema", () => {
		const facts = collection('product-facts').fields;
		const schema = productFactsSchema(z.string());
		expect(field(facts, 'province').required).toBe(true);
		expect(field(facts, 'image').required).toBe(true);
		expect(field(facts, 'location').required).toBe(false);
		expect(field(facts, 'featured').widget).toBe('boolean');
		expect(field(facts, 'standards').options).toEqual(
			schema.shape.standards.unwrap().element.options,
		);
		expect(field(facts, 'aliases').max).toBe(30);
		expect(field(facts, 'image.licence').options).toEqual(schema.shape.image.shape.licence.options);
		const lat = field(facts, 'location.lat');
		expect([lat.min, lat.max]).toEqual([5.5, 20.6]);
		for (const text of around(1, 500))
			expect(editorAccepts(field(facts, 'image.alt.th'), text)).toBe(
				schema.shape.image.shape.alt.shape.th.safeParse(text).success,
			);
	});

	it('province and category are chosen from the lists, named in Thai and English', () => {
		const facts = collection('product-facts').fields;
		const options = field(facts, 'province').options as { label: string; value: string }[];
		expect(options.map((o) => o.value).sort()).toEqual(provinces.map((p) => p.id).sort());
		const nan = options.find((o) => o.value === 'nan')!;
		expect(nan.label).toBe('น่าน · Nan');
		const kinds = field(facts, 'category').options as { value: string }[];
		expect(kinds.map((o) => o.value).sort()).toEqual(categories.map((c) => c.id).sort());
	});

	it('a picture is uploaded into the item’s own folder, with alt text in both languages, a credit and a licence', () => {
		const image = field(collection('product-facts').fields, 'image');
		const src = field(image.fields!, 'src');
		expect(src.widget).toBe('image');
		expect(src.media_folder).toBe('');
		expect(src.choose_url).toBe(false);
		for (const path of ['alt.th', 'alt.en', 'credit.th', 'credit.en', 'licence'])
			expect(field(image.fields!, path).required, path).toBe(true);
	});

	it('stories are Markdown typed as it is, with no components, in the files the site reads', () => {
		const body = field(collection('products').fields, 'body');
		expect(body.modes).toEqual(['raw']);
		expect(body['editor_components']).toEqual([]);
		expect(collection('products').path).toBe('{{slug}}/index');
		expect(collection('products').format).toBe(formatNames.story);
		expect(collection('product-facts').path).toBe('{{slug}}/facts');
	});
});

describe('online sign-in', () => {
	it('goes to Netlify unless the site names its own OAuth client', () => {
		const input = {
			provinces,
			categories,
			repo: 'o/r',
			branch: 'main',
			siteUrl: 'https://x/',
			localBackendUrl: '/a/',
		};
		const backend = (c: Record<string, unknown>) => c['backend'] as Record<string, unknown>;
		expect(backend(cmsConfig(input))['base_url']).toBeUndefined();
		expect(
			backend(cmsConfig({ ...input, signInUrl: 'https://auth.example.org' }))['base_url'],
		).toBe('https://auth.example.org');
	});
	it('refuses a sign-in address that is not an https origin, and a repository not written owner/name', () => {
		expect(() =>
			browserEditor.signInUrl({ CMS_OAUTH_BASE_URL: 'http://auth.example.org' }),
		).toThrow(/https origin/);
		expect(() => browserEditor.signInUrl({ CMS_OAUTH_BASE_URL: 'https://a.org/path' })).toThrow(
			/https origin/,
		);
		expect(browserEditor.signInUrl({ CMS_OAUTH_BASE_URL: 'https://auth.example.org/' })).toBe(
			'https://auth.example.org',
		);
		expect(browserEditor.signInUrl({})).toBeUndefined();
		expect(() => browserEditor.repo({ CMS_GITHUB_REPO: 'just-a-name' })).toThrow(/owner\/name/);
		expect(browserEditor.repo({ CMS_GITHUB_REPO: 'khong-dee/site' })).toBe('khong-dee/site');
	});
});

describe('a story under review', () => {
	it('is previewed without its HTML: DOMPurify strips it before the preview pane shows it', () => {
		for (const name of ['products', 'journeys'])
			expect(field(collection(name).fields, 'body')['sanitize_preview'], name).toBe(true);
	});
});
