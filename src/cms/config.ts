import { z } from 'astro/zod';
import { itineraryFactsSchema, itineraryStorySchema } from '../schemas/itinerary';
import { productFactsSchema } from '../schemas/product';
import { storySchema } from '../schemas/story';
import { slugSchema } from '../schemas/shared';
import { folderField } from './formats';
import {
	fieldsFromSchema,
	jsonSchemaOf,
	textPattern,
	type CmsField,
	type FieldOptions,
} from './schema-fields';

/**
 * The browser editor's configuration (Decap CMS), built from our schemas and lists so that the two
 * cannot drift: src/cms/schema-fields.ts turns each schema into fields, and
 * tests/unit/cms/config.test.ts checks that the editor and the check refuse the same values.
 */

export interface NamedEntry {
	id: string;
	name: { th: string; en: string };
}

export interface CmsConfigInput {
	provinces: NamedEntry[];
	categories: NamedEntry[];
	/** `owner/name` of the GitHub repository the online editor opens pull requests on. */
	repo: string;
	/** Where GitHub sign-in goes (Decap's `base_url`); Netlify's OAuth service when not given. */
	signInUrl?: string | undefined;
	branch: string;
	/** The site's public address, for "view on the site" links. */
	siteUrl: string;
	/** Where the local file server answers (`npm run dev` proxies it at this path). */
	localBackendUrl: string;
}

/** Custom file formats registered in src/cms/admin.ts (src/cms/formats.ts). */
export const formatNames = { story: 'khongdee-story', yaml: 'khongdee-yaml' } as const;

const both = (th: string, en: string) => `${th} · ${en}`;

/** Said when a new item is saved without its folder name (src/cms/admin.ts). */
export const missingFolderMessage = both(
	'ใส่ชื่อโฟลเดอร์ (ภาษาอังกฤษ) ก่อนบันทึกของใหม่',
	'Write the folder name (English) before saving a new item',
);

function choices(entries: NamedEntry[]): { label: string; value: string }[] {
	return [...entries]
		.sort((a, b) => a.name.th.localeCompare(b.name.th, 'th'))
		.map((entry) => ({ label: both(entry.name.th, entry.name.en), value: entry.id }));
}

function folderNameField(kind: 'product' | 'journey'): CmsField {
	const [slugPattern] = textPattern(jsonSchemaOf(slugSchema))!;
	// Empty is allowed for an item that exists (its folder is its name already); a new item without
	// one is refused before saving (src/cms/admin.ts, preSave).
	const pattern = `^$|${slugPattern}`;
	return {
		name: folderField,
		label: both('ชื่อโฟลเดอร์ (ภาษาอังกฤษ)', 'Folder name (English)'),
		widget: 'string',
		required: false,
		i18n: 'duplicate',
		pattern: [
			pattern,
			both(
				'ตัวอักษรอังกฤษพิมพ์เล็ก ตัวเลข และขีด เช่น nan-silverware',
				'lowercase English letters, digits and hyphens, such as nan-silverware',
			),
		],
		hint: both(
			`ใส่เฉพาะตอนสร้าง${kind === 'product' ? 'ของดี' : 'เส้นทาง'}ใหม่ ต้องตรงกันทั้งเรื่องและข้อมูล ใช้เป็นที่อยู่หน้าเว็บ`,
			`Only when creating a new ${kind}: the same for its story and its facts; it becomes the page's address.`,
		),
	};
}

const pictureOptions: FieldOptions = {
	label: both('ภาพปก', 'Cover picture'),
	fields: {
		src: {
			label: both('ไฟล์ภาพ', 'Picture file'),
			widget: 'image',
			hint: both(
				'JPEG, PNG, WebP หรือ SVG กว้างอย่างน้อย 800 พิกเซล เก็บไว้ในโฟลเดอร์ของเรื่องนี้',
				'JPEG, PNG, WebP or SVG, at least 800 pixels wide; kept in this item’s own folder.',
			),
			extra: { choose_url: false, media_folder: '', public_folder: '' },
		},
		alt: {
			label: both('คำบรรยายภาพสำหรับผู้ที่มองไม่เห็น', 'Alt text, for people who cannot see it'),
			fields: {
				th: { label: 'ภาษาไทย · Thai', widget: 'text' },
				en: { label: 'ภาษาอังกฤษ · English', widget: 'text' },
			},
		},
		credit: {
			label: both('เครดิตภาพ', 'Credit'),
			branch: 1,
			hint: both('ผู้ถ่ายหรือผู้วาดภาพ', 'Who made the picture'),
			fields: {
				th: { label: 'ภาษาไทย · Thai' },
				en: { label: 'ภาษาอังกฤษ · English' },
			},
		},
		licence: { label: both('สัญญาอนุญาต', 'Licence') },
		illustration: {
			label: both('เป็นภาพวาด (ไม่ใช่ภาพถ่าย)', 'An illustration (not a photograph)'),
		},
	},
};

const storyFields: Record<string, FieldOptions> = {
	title: { label: both('ชื่อเรื่อง', 'Title') },
	summary: {
		label: both('สรุป', 'Summary'),
		widget: 'text',
		hint: both(
			'หนึ่งถึงสองประโยค แสดงบนการ์ดและผลค้นหา',
			'One or two sentences, shown on cards and in search results',
		),
	},
};

/** The body of a story: Markdown typed as it is (no rich-text round trip, no components). */
function bodyField(): CmsField {
	return {
		name: 'body',
		label: both('เนื้อเรื่อง (Markdown)', 'Story (Markdown)'),
		widget: 'markdown',
		i18n: true,
		modes: ['raw'],
		editor_components: [],
		// Defence in depth: the page's policy already runs no inline script; DOMPurify also strips
		// any HTML a story under review carries before the preview shows it.
		sanitize_preview: true,
		hint: both(
			'หัวข้อใช้ ## ตัวหนาใช้ **คำ** ดูคู่มือบรรณาธิการ',
			'Headings with ##, bold with **words**; see the editor guide.',
		),
	};
}

function translated(fields: CmsField[]): CmsField[] {
	return fields.map((field) => ({ ...field, i18n: true }));
}

export function cmsConfig(input: CmsConfigInput): Record<string, unknown> {
	const provinceChoices = choices(input.provinces);
	const categoryChoices = choices(input.categories);
	const anySource = z.string();
	const [stopsField] = fieldsFromSchema(itineraryStorySchema, {
		stops: {
			label: both('จุดแวะ', 'Stops'),
			fields: {
				id: { label: both('รหัสจุดแวะ', 'Stop id'), extra: { readonly: true } },
				name: { label: both('ชื่อสถานที่', 'Place') },
				activity: { label: both('ทำอะไรที่นี่', 'What to do'), widget: 'text' },
				travel: {
					label: both('การเดินทางจากจุดก่อนหน้า', 'Getting there from the stop before'),
					widget: 'text',
				},
			},
			extra: {
				// The stops themselves (order, day, place) are the journey's facts.
				allow_add: false,
				allow_remove: false,
				allow_reorder: false,
				summary: '{{fields.name}}',
			},
		},
	});
	// Decap renders a list's subfields empty unless each is translated like the list.
	stopsField!.fields = translated(stopsField!.fields!);

	const storyCollection = (
		name: string,
		label: string,
		folder: string,
		kind: 'product' | 'journey',
		extraFields: CmsField[],
	) => ({
		name,
		label,
		label_singular: label,
		folder,
		path: '{{slug}}/index',
		slug: `{{fields.${folderField}}}`,
		identifier_field: 'title',
		extension: 'md',
		format: formatNames.story,
		i18n: true,
		create: kind === 'product',
		summary: '{{title}}',
		fields: [
			folderNameField(kind),
			...translated(fieldsFromSchema(storySchema, storyFields)),
			...extraFields,
			bodyField(),
		],
	});

	const factsCollection = (
		name: string,
		label: string,
		folder: string,
		kind: 'product' | 'journey',
		fields: CmsField[],
	) => ({
		name,
		label,
		label_singular: label,
		folder,
		path: '{{slug}}/facts',
		slug: `{{fields.${folderField}}}`,
		identifier_field: folderField,
		extension: 'yaml',
		format: formatNames.yaml,
		create: kind === 'product',
		// Pictures go in the item's own folder, next to facts.yaml.
		media_folder: '',
		public_folder: '',
		summary: '{{slug}}',
		fields: [{ ...folderNameField(kind), i18n: undefined }, ...fields],
	});

	return {
		load_config_file: false,
		locale: 'th',
		backend: {
			name: 'github',
			repo: input.repo,
			branch: input.branch,
			...(input.signInUrl ? { base_url: input.signInUrl } : {}),
			// Every save online is a pull request, checked by CI before anyone merges it.
			open_authoring: false,
		},
		publish_mode: 'editorial_workflow',
		// `npm run dev` on this computer: saves go straight into the working tree.
		local_backend: { url: input.localBackendUrl, allowed_hosts: ['localhost', '127.0.0.1'] },
		site_url: input.siteUrl,
		display_url: input.siteUrl,
		media_folder: 'content/media',
		i18n: { structure: 'multiple_files', locales: ['th', 'en'], default_locale: 'th' },
		slug: { encoding: 'ascii', clean_accents: true },
		collections: [
			storyCollection(
				'products',
				both('ของดี (เรื่อง)', 'Products (stories)'),
				'content/products',
				'product',
				[],
			),
			factsCollection(
				'product-facts',
				both('ของดี (ข้อมูล)', 'Products (facts)'),
				'content/products',
				'product',
				fieldsFromSchema(productFactsSchema(anySource), {
					province: { label: both('จังหวัด', 'Province'), options: provinceChoices },
					category: { label: both('ประเภท', 'Category'), options: categoryChoices },
					image: pictureOptions,
					aliases: {
						label: both('ชื่ออื่นที่คนใช้ค้นหา', 'Other names people search for'),
						items: { label: both('ชื่อ', 'Name') },
					},
					standards: {
						label: both('มาตรฐานที่ได้รับ (เฉพาะที่มีหลักฐาน)', 'Standards held (only with a source)'),
					},
					location: {
						label: both('จุดที่ชมหรือซื้อได้', 'Where to see or buy it'),
						fields: {
							lat: { label: both('ละติจูด', 'Latitude') },
							lng: { label: both('ลองจิจูด', 'Longitude') },
						},
					},
					featured: { label: both('แสดงบนหน้าแรก', 'Show on the home page') },
				}),
			),
			storyCollection(
				'journeys',
				both('เส้นทาง (เรื่อง)', 'Journeys (stories)'),
				'content/itineraries',
				'journey',
				[stopsField!],
			),
			factsCollection(
				'journey-facts',
				both('เส้นทาง (ข้อมูล)', 'Journeys (facts)'),
				'content/itineraries',
				'journey',
				fieldsFromSchema(itineraryFactsSchema(anySource), {
					featured: { label: both('แสดงบนหน้าแรก', 'Show on the home page') },
					image: pictureOptions,
				}),
			),
		],
	};
}
