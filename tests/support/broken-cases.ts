import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

/** Replaces text in a content file of a fixture, failing loudly if the text is not there. */
export function replaceIn(file: string, from: string | RegExp, to: string): void {
	const before = readFileSync(file, 'utf8');
	const after = before.replace(from, to);
	if (after === before) throw new Error(`fixture: "${String(from)}" not found in ${file}`);
	writeFileSync(file, after);
}

const append = (file: string, text: string) =>
	writeFileSync(file, readFileSync(file, 'utf8') + text);
const toMdx = (folder: string, locale: string, extra: string) => {
	const text = readFileSync(join(folder, `index.${locale}.md`), 'utf8');
	rmSync(join(folder, `index.${locale}.md`));
	writeFileSync(join(folder, `index.${locale}.mdx`), text + extra);
};

/** A way an editor can break the content, and the file and field the error must name. */
export interface BrokenCase {
	name: string;
	/** Breaks a copy of `content/` in place. */
	break: (content: string) => void | Promise<void>;
	/** Path of the file the error names, relative to the content folder. */
	file: string;
	/** The field the error names. */
	field: string;
}

const silver = 'products/nan-silverware';
const nanTrip = 'itineraries/nan-crafts-and-old-town';

export const brokenCases: BrokenCase[] = [
	{
		name: 'YAML that cannot be read in facts.yaml',
		file: `${silver}/facts.yaml`,
		field: '(YAML)',
		break: (c) => replaceIn(join(c, silver, 'facts.yaml'), /^province: nan$/m, 'province: "nan'),
	},
	{
		name: 'YAML that cannot be read in front matter',
		file: `${silver}/index.en.md`,
		field: '(YAML)',
		break: (c) =>
			replaceIn(join(c, silver, 'index.en.md'), /^title: .*$/m, 'title: [Nan Silverware'),
	},
	{
		name: 'a story without front matter',
		file: `${silver}/index.th.md`,
		field: '(front matter)',
		break: (c) => replaceIn(join(c, silver, 'index.th.md'), /^---\n/, ''),
	},
	{
		name: 'a required field left out',
		file: `${silver}/facts.yaml`,
		field: 'category',
		break: (c) => replaceIn(join(c, silver, 'facts.yaml'), /^category: .*\n/m, ''),
	},
	{
		name: 'text where true or false is expected',
		file: `${silver}/facts.yaml`,
		field: 'featured',
		break: (c) =>
			replaceIn(join(c, silver, 'facts.yaml'), /^featured: (true|false)$/m, 'featured: yes please'),
	},
	{
		name: 'a misspelt field name',
		file: `${silver}/index.en.md`,
		field: 'summery',
		break: (c) => replaceIn(join(c, silver, 'index.en.md'), /^summary:/m, 'summery:'),
	},
	{
		name: 'a summary too short for a card',
		file: `${silver}/index.en.md`,
		field: 'summary',
		break: (c) => replaceIn(join(c, silver, 'index.en.md'), /^summary: .*$/m, 'summary: Silver.'),
	},
	{
		name: 'an unknown province',
		file: `${silver}/facts.yaml`,
		field: 'province',
		break: (c) => replaceIn(join(c, silver, 'facts.yaml'), /^province: nan$/m, 'province: nann'),
	},
	{
		name: 'an unknown category',
		file: `${silver}/facts.yaml`,
		field: 'category',
		break: (c) => replaceIn(join(c, silver, 'facts.yaml'), /^category: .*$/m, 'category: silver'),
	},
	{
		name: 'a stop showing an unknown product',
		file: `${nanTrip}/facts.yaml`,
		field: 'stops.0.product',
		break: (c) =>
			replaceIn(
				join(c, nanTrip, 'facts.yaml'),
				'product: nan-silverware',
				'product: nan-silverwear',
			),
	},
	{
		name: 'a journey through an unknown province',
		file: `${nanTrip}/facts.yaml`,
		field: 'provinces.0',
		break: (c) => replaceIn(join(c, nanTrip, 'facts.yaml'), 'provinces: [nan]', 'provinces: [nam]'),
	},
	{
		name: 'two provinces with the same id',
		file: 'provinces.yaml',
		field: '1.id',
		break: (c) => replaceIn(join(c, 'provinces.yaml'), 'id: samut-prakan', 'id: bangkok'),
	},
	{
		name: 'two categories with the same id',
		file: 'categories.yaml',
		field: '1.id',
		break: (c) => replaceIn(join(c, 'categories.yaml'), 'id: crafts', 'id: textiles'),
	},
	{
		name: 'two stops with the same id',
		file: `${nanTrip}/facts.yaml`,
		field: 'stops.1.id',
		break: (c) =>
			replaceIn(join(c, nanTrip, 'facts.yaml'), 'id: wat-phumin', 'id: nan-national-museum'),
	},
	{
		name: 'stops out of visiting order',
		file: `${nanTrip}/facts.yaml`,
		field: 'stops.0.day',
		break: (c) => replaceIn(join(c, nanTrip, 'facts.yaml'), /day: 1/, 'day: 2'),
	},
	{
		name: 'a stop without its text in a story',
		file: `${nanTrip}/index.en.md`,
		field: 'stops.wat-phumin',
		break: (c) =>
			replaceIn(join(c, nanTrip, 'index.en.md'), /^ {2}wat-phumin:$/m, '  wat-phumin-temple:'),
	},
	{
		name: 'a picture that is not there',
		file: `${silver}/facts.yaml`,
		field: 'image.src',
		break: (c) => replaceIn(join(c, silver, 'facts.yaml'), './cover.svg', './cover.jpg'),
	},
	{
		name: 'a picture too small for a phone',
		file: `${silver}/facts.yaml`,
		field: 'image.src',
		break: async (c) => {
			await sharp({ create: { width: 200, height: 150, channels: 3, background: '#c65d3b' } })
				.jpeg()
				.toFile(join(c, silver, 'tiny.jpg'));
			replaceIn(join(c, silver, 'facts.yaml'), './cover.svg', './tiny.jpg');
		},
	},
	{
		name: 'a huge picture',
		file: `${silver}/facts.yaml`,
		field: 'image.src',
		break: async (c) => {
			await sharp({ create: { width: 9000, height: 20, channels: 3, background: '#2b2d6e' } })
				.png()
				.toFile(join(c, silver, 'huge.png'));
			replaceIn(join(c, silver, 'facts.yaml'), './cover.svg', './huge.png');
		},
	},
	{
		name: 'a picture without English alt text',
		file: `${silver}/facts.yaml`,
		field: 'image.alt.en',
		break: (c) => replaceIn(join(c, silver, 'facts.yaml'), /^ {4}en: .*\n/m, ''),
	},
	{
		name: 'a picture without a credit',
		file: `${silver}/facts.yaml`,
		field: 'image.credit',
		break: (c) => replaceIn(join(c, silver, 'facts.yaml'), /^ {2}credit:.*\n(?: {4}.*\n)*/m, ''),
	},
	{
		name: 'a picture with an unknown licence',
		file: `${silver}/facts.yaml`,
		field: 'image.licence',
		break: (c) =>
			replaceIn(join(c, silver, 'facts.yaml'), /^ {2}licence: .*$/m, '  licence: free to use'),
	},
	{
		name: 'an SVG with a script',
		file: `${silver}/facts.yaml`,
		field: 'image.src',
		break: (c) =>
			replaceIn(join(c, silver, 'cover.svg'), '</svg>', '<script>alert(1)</script></svg>'),
	},
	{
		name: 'coordinates with lat and lng swapped',
		file: `${nanTrip}/facts.yaml`,
		field: 'stops.1.coordinates.lat',
		break: (c) =>
			replaceIn(
				join(c, nanTrip, 'facts.yaml'),
				'lat: 18.7745, lng: 100.7716',
				'lat: 100.7716, lng: 18.7745',
			),
	},
	{
		name: 'a product placed outside Thailand',
		file: `${silver}/facts.yaml`,
		field: 'location.lng',
		break: (c) => replaceIn(join(c, silver, 'facts.yaml'), /lng: 100\.\d+/, 'lng: 110.5'),
	},
	{
		name: 'MDX that cannot be read',
		file: `${silver}/index.en.mdx`,
		field: '(story)',
		break: (c) => toMdx(join(c, silver), 'en', '\n<Quote cite="x">never closed\n'),
	},
	{
		name: 'a script in a story',
		file: `${silver}/index.th.md`,
		field: '(story)',
		break: (c) => append(join(c, silver, 'index.th.md'), '\n<script>alert(1)</script>\n'),
	},
	{
		name: 'a script in an MDX story',
		file: `${silver}/index.en.mdx`,
		field: '(story)',
		break: (c) => toMdx(join(c, silver), 'en', '\n<script>alert(1)</script>\n'),
	},
	{
		name: 'an iframe in a story',
		file: `${silver}/index.en.mdx`,
		field: '(story)',
		break: (c) => toMdx(join(c, silver), 'en', '\n<iframe src="https://example.org/"></iframe>\n'),
	},
	{
		name: 'an import from outside the allowlist',
		file: `${silver}/index.en.mdx`,
		field: '(story)',
		break: (c) => toMdx(join(c, silver), 'en', "\nimport Map from 'some-map-widget';\n"),
	},
	{
		name: 'a picture imported into a story but missing',
		file: `${silver}/index.en.mdx`,
		field: '(story)',
		break: (c) =>
			toMdx(
				join(c, silver),
				'en',
				'\nimport loom from \'./loom.jpg\';\n\n<Figure src={loom} alt="A loom" credit="x" licence="CC-BY-4.0" />\n',
			),
	},
	{
		name: 'an event handler on a component',
		file: `${silver}/index.en.mdx`,
		field: '(story)',
		break: (c) => toMdx(join(c, silver), 'en', '\n<Quote cite="x" onClick="steal()">Hi</Quote>\n'),
	},
	{
		name: 'a javascript: link',
		file: `${silver}/index.en.md`,
		field: '(story)',
		break: (c) => append(join(c, silver, 'index.en.md'), '\n[Click me](javascript:alert(1))\n'),
	},
	{
		name: 'a link to a page that does not exist',
		file: `${silver}/index.en.md`,
		field: '(story)',
		break: (c) =>
			append(join(c, silver, 'index.en.md'), '\nSee also [Nan cloth](/en/products/nan-cloth/).\n'),
	},
	{
		name: 'a file of a kind content does not use (here, script in a file with no extension)',
		file: `${silver}/LICENSE`,
		field: '(file)',
		break: (c) => writeFileSync(join(c, silver, 'LICENSE'), 'import("node:fs");\n'),
	},
	{
		name: 'a story in both .md and .mdx',
		file: `${silver}/index.en.mdx`,
		field: '(file)',
		break: (c) =>
			writeFileSync(join(c, silver, 'index.en.mdx'), readFileSync(join(c, silver, 'index.en.md'))),
	},
	{
		name: 'an SVG saved under a photograph’s name (it would escape the SVG rules)',
		file: `${silver}/fig.png`,
		field: '(file)',
		break: (c) =>
			writeFileSync(
				join(c, silver, 'fig.png'),
				'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
			),
	},
	{
		name: 'a folder name that is not kebab-case',
		file: 'products/Nan Silverware',
		field: '(folder)',
		break: (c) => renameSync(join(c, silver), join(c, 'products/Nan Silverware')),
	},
	{
		name: 'a story folder without facts.yaml',
		file: 'products/nan-lacquerware/index.th.md',
		field: '(file)',
		break: (c) => {
			mkdirSync(join(c, 'products/nan-lacquerware'));
			writeFileSync(
				join(c, 'products/nan-lacquerware/index.th.md'),
				'---\ntitle: เครื่องเขินน่าน\nsummary: ตัวอย่างเรื่องที่ยังไม่มีไฟล์ข้อเท็จจริง ใช้ทดสอบการตรวจเนื้อหา\n---\n\nเนื้อเรื่อง\n',
			);
		},
	},
];
