import type { Locale } from '../i18n/locales';
import type { Bilingual } from '../editor-messages/bilingual';
import { scaffoldMessages } from '../editor-messages/scaffold';
import { storyFileName } from '../lib/story-files';
import { slugSchema } from '../schemas/shared';

export type ScaffoldKind = 'product' | 'itinerary';

export interface ScaffoldInput {
	kind: ScaffoldKind;
	slug: string;
	/** Province id, such as `nan`. */
	province: string;
	/** Category id, for a product. */
	category?: string | undefined;
	/** Slugs that already exist in the collection. */
	existing: readonly string[];
}

/** Why a slug cannot be used, in both languages, or undefined when it can. */
export function slugProblem(slug: string, existing: readonly string[]): Bilingual | undefined {
	if (!slugSchema.safeParse(slug).success) return scaffoldMessages.slugInvalid(slug);
	if (existing.includes(slug)) return scaffoldMessages.slugTaken(slug);
	return undefined;
}

/** Why a province or category id cannot be used (it is not in its list), or undefined when it can. */
export function idProblem(
	kind: 'province' | 'category',
	id: string,
	known: readonly string[],
): Bilingual | undefined {
	return known.includes(id) ? undefined : scaffoldMessages.unknownId(kind, id, known);
}

const imageBlock = `image:
  # The picture, saved in this folder. A photograph at least 800 px wide, or an SVG drawing.
  src: ./cover.jpg
  alt:
    # What the picture shows, for people who cannot see it.
    th: ""
    en: ""
  # Who made the picture, and its licence: CC0-1.0, CC-BY-4.0, CC-BY-SA-4.0, public-domain or all-rights-reserved-with-permission.
  credit: ""
  licence: CC-BY-4.0
  # true for a drawing, false for a photograph.
  illustration: false`;

const storyGuide = {
	th: `<!--
เขียนเรื่องเล่าอย่างน้อย 300 คำ ใช้หัวข้อ ## เช่น
## ของดีนี้คืออะไร และทำไมต้องที่นี่
## ทำอย่างไร
## ใครเป็นคนทำ
## ไปดู ชิม หรือซื้อได้ที่ไหน เมื่อไร
เขียนเฉพาะสิ่งที่ตรวจสอบได้จากแหล่งสาธารณะ ห้ามแต่งที่อยู่ เบอร์โทร ราคา เวลาเปิดปิด ชื่อคน หรือรางวัล
ลบข้อความนี้ออกเมื่อเขียนเสร็จ
-->
`,
	en: `<!--
Write at least 300 words with ## headings, for example:
## What it is, and why it belongs here
## How it is made
## Who makes it
## Where and when to see, taste or buy it
Write only what public sources confirm; never invent addresses, phone numbers, prices, hours, people or awards.
Delete this comment when you are done.
-->
`,
};

const productFacts = (
	input: ScaffoldInput,
) => `# Facts that do not depend on language. Field guide: docs/editor-guide.en.md (ไทย: docs/editor-guide.th.md)
# The province's id in content/provinces.yaml.
province: ${input.province}
# The category's id in content/categories.yaml.
category: ${input.category ?? ''}
# true to show the product on the home pages.
featured: false
# Other names and spellings people search for, in any language.
aliases: []
# Where a visitor can see it made or buy it, if there is one clear place (remove if unsure).
# location: { lat: 18.7756, lng: 100.7730 }
# Standards publicly recorded for the product (remove if none): community-product-standard, tis-s, geographical-indication.
standards: []
${imageBlock}
`;

const itineraryFacts = (
	input: ScaffoldInput,
) => `# Facts that do not depend on language. Field guide: docs/editor-guide.en.md (ไทย: docs/editor-guide.th.md)
# The ids of the provinces the journey passes through.
provinces: [${input.province}]
featured: false
${imageBlock}
# The stops in visiting order. Day 1 first; the day goes up by at most 1.
# Give each stop a short English id, and write its text in index.th.md and index.en.md under the same id.
stops:
  - id: first-stop
    day: 1
    coordinates: { lat: 0, lng: 0 }
    # The product seen at this stop, if any (a folder name in content/products/).
    # product: nan-silverware
    minutes: 60
  - id: second-stop
    day: 1
    coordinates: { lat: 0, lng: 0 }
    minutes: 60
`;

const productStory = (locale: Locale) => `---
title: ""
summary: ""
---

${storyGuide[locale]}`;

const itineraryStory = (locale: Locale) => `---
title: ""
summary: ""
stops:
  first-stop:
    name: ""
    activity: ""
  second-stop:
    name: ""
    activity: ""
    travel: ""
---

${storyGuide[locale]}`;

/** The files of a new product or journey, every field present with a short guide, in both languages. */
export function scaffoldFiles(input: ScaffoldInput): Record<string, string> {
	const product = input.kind === 'product';
	const folder = `${product ? 'products' : 'itineraries'}/${input.slug}`;
	const story = product ? productStory : itineraryStory;
	return {
		[`${folder}/facts.yaml`]: product ? productFacts(input) : itineraryFacts(input),
		[`${folder}/${storyFileName('th')}`]: story('th'),
		[`${folder}/${storyFileName('en')}`]: story('en'),
	};
}
