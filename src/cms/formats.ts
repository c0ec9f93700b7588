import { parseDocument } from 'yaml';
import { freshYaml, spliceYaml } from './yaml-splice';

/**
 * The file formats the browser editor (Decap CMS, `CMS.registerCustomFormat`) reads and writes.
 * Each keeps the file's own text under a hidden key when it reads, and on save writes back only
 * the values the editor changed (src/cms/yaml-splice.ts), so a one-field edit is a one-line diff.
 */
export interface CmsFormat {
	fromFile(text: string): Record<string, unknown>;
	toFile(value: unknown): string;
}

/** Where a read file's own text travels with the entry. Decap carries unknown keys through to `toFile`. */
export const sourceKey = '__source';

/**
 * The folder name of a new item, asked for when it is created and never written into a file: a
 * Thai title cannot give an English kebab-case slug, and the folder is the slug.
 */
export const folderField = 'folder';

const frontMatter = /^---\n([\s\S]*?)\n?---(?:\n|$)([\s\S]*)$/;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

const endWithNewline = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);

function splitSource(value: unknown): [string | undefined, Record<string, unknown>] {
	if (!isPlainObject(value)) return [undefined, {}];
	const { [sourceKey]: source, [folderField]: _folder, ...data } = value;
	return [typeof source === 'string' ? source : undefined, data];
}

/** `facts.yaml`: a YAML map. */
export const yamlFormat: CmsFormat = {
	fromFile: (text) => ({ ...toObject(parseDocument(text).toJS()), [sourceKey]: text }),
	toFile: (value) => {
		const [source, data] = splitSource(value);
		return endWithNewline(source === undefined ? freshYaml(data) : spliceYaml(source, data));
	},
};

/** A YAML file that is a list at the top (`provinces.yaml`), shown to the editor as `{ [key]: [...] }`. */
export function yamlListFormat(key: string): CmsFormat {
	return {
		fromFile: (text) => ({ [key]: parseDocument(text).toJS() ?? [], [sourceKey]: text }),
		toFile: (value) => {
			const [source, data] = splitSource(value);
			const items = data[key] ?? [];
			return endWithNewline(source === undefined ? freshYaml(items) : spliceYaml(source, items));
		},
	};
}

/**
 * A story (`index.th.md`, `index.en.md`): YAML front matter and a Markdown body under `bodyKey`.
 * `mapsAsLists` names front-matter maps keyed by ids (a journey's `stops`) that the editor sees as
 * lists of `{ id, ... }`: CMSs have list widgets, not widgets for maps with keys an editor chooses.
 * The file keeps its map.
 */
export function frontMatterFormat(
	bodyKey = 'body',
	mapsAsLists: readonly string[] = [],
): CmsFormat {
	return {
		fromFile: (text) => {
			const match = frontMatter.exec(text);
			if (!match) return { [bodyKey]: text, [sourceKey]: text };
			const data = toObject(parseDocument(match[1]!).toJS());
			for (const key of mapsAsLists) if (isPlainObject(data[key])) data[key] = mapToList(data[key]);
			return { ...data, [bodyKey]: match[2], [sourceKey]: text };
		},
		toFile: (value) => {
			const [source, all] = splitSource(value);
			const { [bodyKey]: body = '', ...data } = all;
			for (const key of mapsAsLists) if (Array.isArray(data[key])) data[key] = listToMap(data[key]);
			const match = source === undefined ? null : frontMatter.exec(source);
			const head = match ? spliceYaml(match[1]!, data) : freshYaml(data);
			const text = String(body);
			// CMSs trim the body they show: an untouched body is written back as the file had it.
			const untouched = match !== null && text.trim() === match[2]!.trim();
			const leading = match ? /^\n*/.exec(match[2]!)![0] : '\n';
			const written = untouched ? match[2]! : leading + text.replace(/^\n+/, '');
			return endWithNewline(`---\n${head.replace(/\n$/, '')}\n---\n${written}`);
		},
	};
}

function toObject(value: unknown): Record<string, unknown> {
	return isPlainObject(value) ? value : {};
}

function mapToList(map: Record<string, unknown>): Record<string, unknown>[] {
	return Object.entries(map).map(([id, fields]) => ({ id, ...toObject(fields) }));
}

function listToMap(list: unknown[]): Record<string, unknown> {
	return Object.fromEntries(
		list.filter(isPlainObject).map(({ id, ...fields }) => [String(id), fields]),
	);
}
