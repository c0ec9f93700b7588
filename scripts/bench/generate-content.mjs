// Seeded synthetic content in the project's real format, for the build benchmark: N products with
// real-length Thai and English stories, N/4 journeys linking them, and a small SVG cover each.
// The same stories are also written as plain .md pages for the baseline Astro site.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as load, stringify as dump } from 'yaml';
import { readFileSync } from 'node:fs';

/** A small, fast, seeded pseudo-random generator (mulberry32), so every run writes the same content. */
export function seeded(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const thaiWords =
	'ผ้า ทอ มือ ลาย น้ำ ไหล ชุมชน หมู่บ้าน ช่าง เงิน ตี ขึ้นรูป ลวดลาย ดอกไม้ ภูเขา แม่น้ำ ตลาด เช้า เย็น ฤดู หนาว ฝน ร้อน นักท่องเที่ยว ชิม ซื้อ ของฝาก ชาวบ้าน กลุ่ม แม่บ้าน สืบทอด ภูมิปัญญา บรรพบุรุษ วัด จิตรกรรม ฝาผนัง เมือง เก่า ถนน คนเดิน ข้าว นา ทุ่ง ต้น ตาล น้ำตาล หวาน หอม กลิ่น รส อร่อย ต้ม ย่าง ปิ้ง เกลือ มะม่วง กล้วย ไก่ หมู เส้น ซุป ร้อน ชา ใบ เก็บ ตาก แห้ง สี ย้อม ธรรมชาติ ดิน เผา โอ่ง กระถาง เตา ไฟ ไม้ สัก บ้าน เรือน ครอบครัว ลูก หลาน งาน เทศกาล ประจำปี ขบวน แห่ ดนตรี พื้นเมือง ภาษา อาหาร เครื่องประดับ มุก ทะเล เกาะ เรือ ฟาร์ม เลี้ยง เปลือก หอย'.split(
		' ',
	);
const englishWords =
	'cloth woven hand pattern river village weavers silver smiths hammered motif flower mountain market morning evening season cool rain hot travellers taste buy gifts families group women inherited knowledge ancestors temple murals town old street walking rice fields palm sugar sweet fragrance flavour boiled grilled salt mango banana chicken pork noodles soup tea leaves picked dried colour dye natural clay fired jars pots kiln fire teak wood house children work festival yearly procession music local language food jewellery pearls sea island boat farm shell'.split(
		' ',
	);

function sentence(random, words, joiner, min, max) {
	const length = min + Math.floor(random() * (max - min));
	return Array.from({ length }, () => words[Math.floor(random() * words.length)]).join(joiner);
}

/** A story body of about `words` words, in paragraphs under ## headings. */
function body(random, locale, words) {
	const parts = [];
	let count = 0;
	let section = 1;
	while (count < words) {
		parts.push(locale === 'th' ? `## ตอนที่ ${section}` : `## Part ${section}`);
		for (let p = 0; p < 3 && count < words; p++) {
			const sentences = Array.from({ length: 4 }, () => {
				const s =
					locale === 'th'
						? sentence(random, thaiWords, '', 8, 16)
						: sentence(random, englishWords, ' ', 8, 16);
				return locale === 'th' ? s : `${s[0].toUpperCase()}${s.slice(1)}.`;
			});
			count += sentences.reduce(
				(n, s) => n + (locale === 'th' ? s.length / 4 : s.split(' ').length),
				0,
			);
			parts.push(sentences.join(locale === 'th' ? ' ' : ' '));
		}
		section++;
	}
	return parts.join('\n\n');
}

const svg = (hue) =>
	`<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800"><rect width="1200" height="800" fill="hsl(${hue},40%,85%)"/><circle cx="600" cy="400" r="220" fill="hsl(${hue},50%,45%)"/></svg>`;

/**
 * Writes `content/` (project format) and `baseline/src/pages/` (plain Markdown) for N products.
 * @returns counts of what was written
 */
export function generateContent({ root, outDir, products: n, seed = 42 }) {
	const random = seeded(seed);
	const provinces = load(readFileSync(join(root, 'content/provinces.yaml'), 'utf8'));
	const categories = load(readFileSync(join(root, 'content/categories.yaml'), 'utf8')).map(
		(c) => c.id,
	);
	const content = join(outDir, 'content');
	const pages = join(outDir, 'baseline/src/pages');
	mkdirSync(content, { recursive: true });
	// The real provinces, without their signature lists and their GI entries' links to stories,
	// which name the real products.
	const unlinked = ({ story: _story, ...entry }) => entry;
	writeFileSync(
		join(content, 'provinces.yaml'),
		dump(
			provinces.map(({ signatureProducts: _names, ...province }) => ({
				...province,
				geographicalIndications: province.geographicalIndications?.map(unlinked),
			})),
		),
	);
	copyFileSync(join(root, 'content/categories.yaml'), join(content, 'categories.yaml'));
	const products = writeProducts({ content, pages, provinces, categories, random, n });
	const journeys = writeJourneys({ content, pages, products, random });
	writeBaselineSite(outDir);
	return { products: n, journeys, pages: 2 * (n + journeys) };
}

/** N products, spread over the real provinces and categories, each with a story in both languages. */
function writeProducts({ content, pages, provinces, categories, random, n }) {
	const products = [];
	for (let i = 0; i < n; i++) {
		const slug = `bench-product-${String(i).padStart(5, '0')}`;
		const province = provinces[i % provinces.length];
		const folder = join(content, 'products', slug);
		mkdirSync(folder, { recursive: true });
		writeFileSync(join(folder, 'cover.svg'), svg(Math.floor(random() * 360)));
		writeFileSync(
			join(folder, 'facts.yaml'),
			`province: ${province.id}\ncategory: ${categories[i % categories.length]}\naliases: [Bench ${i}, ของดี ${i}]\nimage:\n  src: ./cover.svg\n  alt: { th: ภาพวาดของดีชิ้นที่ ${i}, en: Illustration of product ${i} }\n  credit: Khong Dee benchmark\n  licence: CC0-1.0\n  illustration: true\n`,
		);
		for (const locale of ['th', 'en']) {
			const title =
				locale === 'th'
					? `ของดีทดสอบ ${i} จังหวัด${province.name.th}`
					: `Benchmark product ${i} of ${province.name.en}`;
			const summary =
				locale === 'th'
					? `เรื่องเล่าทดสอบความเร็วของเว็บ ${sentence(random, thaiWords, '', 10, 14)}`
					: `A benchmark story about ${sentence(random, englishWords, ' ', 8, 12)}.`;
			const text = body(random, locale, 700);
			writeFileSync(
				join(folder, `index.${locale}.md`),
				`---\ntitle: "${title}"\nsummary: "${summary}"\n---\n\n${text}\n`,
			);
			mkdirSync(join(pages, locale, 'products'), { recursive: true });
			writeFileSync(
				join(pages, locale, 'products', `${slug}.md`),
				`---\nlayout: ../../../layouts/Base.astro\ntitle: "${title}"\n---\n\n${text}\n`,
			);
		}
		products.push({ slug, province });
	}
	return products;
}

/** One journey per four products, visiting them over two days. */
function writeJourneys({ content, pages, products, random }) {
	const journeys = Math.floor(products.length / 4);
	for (let j = 0; j < journeys; j++) {
		const slug = `bench-journey-${String(j).padStart(5, '0')}`;
		const stops = products.slice(j * 4, j * 4 + 4);
		const folder = join(content, 'itineraries', slug);
		mkdirSync(folder, { recursive: true });
		writeFileSync(join(folder, 'cover.svg'), svg(Math.floor(random() * 360)));
		const facts = stops
			.map(
				(p, k) =>
					`  - id: stop-${k}\n    day: ${k < 2 ? 1 : 2}\n    coordinates: { lat: ${(p.province.capital.lat + (random() - 0.5) * 0.1).toFixed(4)}, lng: ${(p.province.capital.lng + (random() - 0.5) * 0.1).toFixed(4)} }\n    product: ${p.slug}\n    minutes: 60`,
			)
			.join('\n');
		const provinceIds = [...new Set(stops.map((p) => p.province.id))];
		writeFileSync(
			join(folder, 'facts.yaml'),
			`provinces: [${provinceIds.join(', ')}]\nimage:\n  src: ./cover.svg\n  alt: { th: ภาพวาดเส้นทาง ${j}, en: Illustration of journey ${j} }\n  credit: Khong Dee benchmark\n  licence: CC0-1.0\n  illustration: true\nstops:\n${facts}\n`,
		);
		for (const locale of ['th', 'en']) {
			const title = locale === 'th' ? `เส้นทางทดสอบ ${j}` : `Benchmark journey ${j}`;
			const stopTexts = stops
				.map(
					(_, k) =>
						`  stop-${k}:\n    name: "${locale === 'th' ? `จุดแวะ ${k + 1}` : `Stop ${k + 1}`}"\n    activity: "${locale === 'th' ? sentence(random, thaiWords, '', 8, 12) : `${sentence(random, englishWords, ' ', 8, 12)}.`}"${k > 0 ? `\n    travel: "${locale === 'th' ? 'ขับรถราว 20 นาที' : 'About 20 minutes by car.'}"` : ''}`,
				)
				.join('\n');
			const text = body(random, locale, 200);
			writeFileSync(
				join(folder, `index.${locale}.md`),
				`---\ntitle: "${title}"\nsummary: "${locale === 'th' ? `ทริปทดสอบความเร็ว ${sentence(random, thaiWords, '', 10, 14)}` : `A benchmark trip through ${sentence(random, englishWords, ' ', 8, 12)}.`}"\nstops:\n${stopTexts}\n---\n\n${text}\n`,
			);
			mkdirSync(join(pages, locale, 'itineraries'), { recursive: true });
			writeFileSync(
				join(pages, locale, 'itineraries', `${slug}.md`),
				`---\nlayout: ../../../layouts/Base.astro\ntitle: "${title}"\n---\n\n${text}\n`,
			);
		}
	}
	return journeys;
}

/** The baseline: a plain Astro site of the same Markdown pages, with one layout, no integrations, no features. */
function writeBaselineSite(outDir) {
	mkdirSync(join(outDir, 'baseline/src/layouts'), { recursive: true });
	writeFileSync(
		join(outDir, 'baseline/src/layouts/Base.astro'),
		`---\nconst { frontmatter } = Astro.props;\n---\n<html lang="en"><head><meta charset="utf-8" /><title>{frontmatter.title}</title></head><body><h1>{frontmatter.title}</h1><slot /></body></html>\n`,
	);
	writeFileSync(
		join(outDir, 'baseline/astro.config.mjs'),
		`import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n`,
	);
}
