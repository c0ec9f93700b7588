import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { frontMatterFormat, sourceKey, yamlFormat, yamlListFormat } from '../../../src/cms/formats';

const content = join(import.meta.dirname, '../../../content');
const storyFormat = frontMatterFormat('body', ['stops']);

function itemFiles(kind: 'products' | 'itineraries', name: string): string[] {
	return readdirSync(join(content, kind))
		.map((slug) => join(content, kind, slug, name))
		.filter((file) => existsSync(file));
}

/** The lines of `after` that are not in `before` at the same place, and the other way round. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
	const a = before.split('\n');
	const b = after.split('\n');
	let start = 0;
	while (start < a.length && start < b.length && a[start] === b[start]) start++;
	let endA = a.length;
	let endB = b.length;
	while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
		endA--;
		endB--;
	}
	return { removed: a.slice(start, endA), added: b.slice(start, endB) };
}

describe('the editor formats give back every file of the content unchanged when nothing is edited', () => {
	const stories = [
		...itemFiles('products', 'index.th.md'),
		...itemFiles('products', 'index.en.md'),
		...itemFiles('itineraries', 'index.th.md'),
		...itemFiles('itineraries', 'index.en.md'),
	];
	const facts = [...itemFiles('products', 'facts.yaml'), ...itemFiles('itineraries', 'facts.yaml')];

	it.each(stories)('%s', (file) => {
		const text = readFileSync(file, 'utf8');
		expect(storyFormat.toFile(storyFormat.fromFile(text))).toBe(text);
	});
	it.each(facts)('%s', (file) => {
		const text = readFileSync(file, 'utf8');
		expect(yamlFormat.toFile(yamlFormat.fromFile(text))).toBe(text);
	});
	it('provinces.yaml, a list at the top', () => {
		const text = readFileSync(join(content, 'provinces.yaml'), 'utf8');
		const format = yamlListFormat('provinces');
		expect(format.toFile(format.fromFile(text))).toBe(text);
	});
});

describe('an edit changes only the lines of what was edited', () => {
	const story = readFileSync(join(content, 'products/nan-silverware/index.en.md'), 'utf8');

	it('a summary: one line, the rest of the file (body included) byte for byte', () => {
		const entry = storyFormat.fromFile(story);
		const saved = storyFormat.toFile({
			...entry,
			summary: 'A new summary of Nan silverware, long enough.',
		});
		const { removed, added } = changedLines(story, saved);
		expect(removed).toHaveLength(1);
		expect(added).toEqual(['summary: A new summary of Nan silverware, long enough.']);
	});

	it('a body line: that line only, with the CMS trimming the body as Decap does', () => {
		const entry = storyFormat.fromFile(story);
		const body = String(entry['body']).trim();
		const firstLine = body.split('\n')[0]!;
		const saved = storyFormat.toFile({
			...entry,
			body: body.replace(firstLine, `${firstLine} Edited.`),
		});
		const { removed, added } = changedLines(story, saved);
		expect(removed).toEqual([firstLine]);
		expect(added).toEqual([`${firstLine} Edited.`]);
	});

	it("a journey stop's travel: the stops map stays a map, one line changes", () => {
		const file = join(content, 'itineraries/nan-crafts-and-old-town/index.en.md');
		const text = readFileSync(file, 'utf8');
		const entry = storyFormat.fromFile(text);
		const stops = entry['stops'] as { id: string; travel?: string }[];
		expect(Array.isArray(stops)).toBe(true);
		const second = stops[1]!;
		const edited = stops.map((stop) =>
			stop.id === second.id ? { ...stop, travel: 'On foot, a few minutes.' } : stop,
		);
		const saved = storyFormat.toFile({ ...entry, stops: edited });
		const { removed, added } = changedLines(text, saved);
		expect(removed).toHaveLength(1);
		expect(added).toHaveLength(1);
		expect(added[0]).toMatch(/^\s+travel: On foot, a few minutes\.$/);
		const front = parse(saved.split('---\n')[1]!) as { stops: Record<string, { travel?: string }> };
		expect(front.stops[second.id]!.travel).toBe('On foot, a few minutes.');
	});

	it('a stop whose optional travel the CMS fills with an empty text keeps having none', () => {
		const file = join(content, 'itineraries/nan-crafts-and-old-town/index.en.md');
		const text = readFileSync(file, 'utf8');
		const entry = storyFormat.fromFile(text);
		const stops = (entry['stops'] as Record<string, unknown>[]).map((stop) => ({
			travel: '',
			...stop,
		}));
		expect(storyFormat.toFile({ ...entry, stops })).toBe(text);
	});

	it('a flag in facts.yaml: one line, flow lists and maps keep their style', () => {
		const file = join(content, 'products/ban-mon-pottery/facts.yaml');
		const text = readFileSync(file, 'utf8');
		const entry = yamlFormat.fromFile(text);
		const saved = yamlFormat.toFile({ ...entry, featured: !entry['featured'] });
		const { removed, added } = changedLines(text, saved);
		expect(removed).toEqual([`featured: ${String(entry['featured'])}`]);
		expect(added).toEqual([`featured: ${String(!entry['featured'])}`]);
	});

	it("a province's English name in provinces.yaml: one line of 2,600", () => {
		const text = readFileSync(join(content, 'provinces.yaml'), 'utf8');
		const format = yamlListFormat('provinces');
		const entry = format.fromFile(text);
		const provinces = entry['provinces'] as { id: string; name: { en: string } }[];
		const nan = provinces.find((p) => p.id === 'nan')!;
		const edited = provinces.map((p) =>
			p === nan ? { ...p, name: { ...p.name, en: 'Nan Province' } } : p,
		);
		const saved = format.toFile({ ...entry, provinces: edited });
		const { removed, added } = changedLines(text, saved);
		expect(removed).toHaveLength(1);
		expect(added).toHaveLength(1);
		expect(added[0]).toContain('Nan Province');
	});

	it('an alias added to a flow list stays a flow list on one line', () => {
		const file = join(content, 'products/ban-mon-pottery/facts.yaml');
		const text = readFileSync(file, 'utf8');
		const entry = yamlFormat.fromFile(text);
		const aliases = [...(entry['aliases'] as string[]), 'Mon pots'];
		const { removed, added } = changedLines(text, yamlFormat.toFile({ ...entry, aliases }));
		expect(removed).toHaveLength(1);
		expect(added).toHaveLength(1);
		expect(added[0]).toMatch(/^aliases: \[.*, Mon pots\]$/);
	});
});

describe('a new entry, which has no file yet', () => {
	it('is written as front matter and a body, without the hidden key', () => {
		const saved = storyFormat.toFile({
			title: 'Lamphun silk',
			summary: 'Brocade silk woven in Lamphun.',
			body: '## The place\n\nText.',
		});
		expect(saved).toBe(
			'---\ntitle: Lamphun silk\nsummary: Brocade silk woven in Lamphun.\n---\n\n## The place\n\nText.\n',
		);
		expect(saved).not.toContain(sourceKey);
	});
	it('writes facts as plain YAML, long texts on one line', () => {
		const alt = 'A drawing of '.repeat(12).trim();
		const saved = yamlFormat.toFile({
			province: 'lamphun',
			image: { src: './cover.jpg', alt: { th: 'ภาพ', en: alt } },
		});
		expect(parse(saved)).toEqual({
			province: 'lamphun',
			image: { src: './cover.jpg', alt: { th: 'ภาพ', en: alt } },
		});
		expect(saved.split('\n').some((line) => line.endsWith(alt))).toBe(true);
	});
});
