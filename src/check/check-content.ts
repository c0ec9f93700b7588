import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import sharp from 'sharp';
import { z } from 'astro/zod';
import { localeCodes } from '../i18n/locales';
import { linkCatalog, type EntryLike } from '../lib/catalog';
import { didYouMean } from '../editor-messages/bilingual';
import type { Bilingual, ContentProblem } from '../lib/content-problem';
import { categorySchema, type Category } from '../schemas/category';
import { pictureFileName } from '../schemas/image';
import { itineraryFactsSchema, itineraryStorySchema } from '../schemas/itinerary';
import { productFactsSchema } from '../schemas/product';
import { provinceSchema, type Province } from '../schemas/province';
import { slugSchema, textLimits } from '../schemas/shared';
import { storySchema } from '../schemas/story';
import { compileStory } from '../story-policy/processor';
import { storyBodyAsAstroReadsIt } from '../story-policy/story-body';
import {
	isPlainFile,
	isPlainFolder,
	linkProblem,
	listContentFiles,
	resolvesInside,
	strangerProblem,
	existsAt,
} from './content-files';
import { kindFromName, pictureKindProblem } from './picture-kind';
import { svgContentProblems } from './svg-policy';
import {
	isYamlSyntaxError,
	parseYamlSource,
	yamlSizeLimitFor,
	type YamlSource,
} from './yaml-source';
import { adviceForIssue } from '../editor-messages/schema-issues';

export interface CheckOptions {
	/** The repository root; file names in problems are relative to it. */
	root: string;
	/** The content folder, `content` unless a test points elsewhere. */
	contentDir: string;
	/** Treat a missing translation as an error. */
	strict?: boolean;
}

export interface CheckResult {
	errors: ContentProblem[];
	/** Translation gaps (errors under `--strict`). */
	warnings: ContentProblem[];
	/** How many files were read. */
	files: number;
}

/** Pictures narrower than this look blurred on a phone; larger than these slow every build. */
export const imageLimits = { minWidth: 800, maxWidth: 8000, maxBytes: 15 * 1024 * 1024 } as const;

interface Loaded<T> extends EntryLike<T> {
	source: YamlSource;
	filePath: string;
}

/**
 * Validates all content without building the site and reports every problem at once, each with
 * file, line, field, what is wrong and what to do, in Thai and English.
 */
export async function checkContent(options: CheckOptions): Promise<CheckResult> {
	const errors: ContentProblem[] = [];
	const sources = new Map<string, YamlSource>();
	let files = 0;
	const rel = (path: string) => relative(options.root, path).split('\\').join('/');
	const contentRoot = resolve(options.root, options.contentDir);

	/** Reads a YAML file (or a story's front matter), reporting a syntax error or refused YAML (yaml-source.ts) instead of throwing. */
	const readYaml = (file: string, text: string, lineOffset = 0): YamlSource | undefined => {
		files++;
		const source = parseYamlSource(text, lineOffset, yamlSizeLimitFor(file));
		if (isYamlSyntaxError(source)) {
			errors.push({
				file: rel(file),
				line: source.line,
				field: '(YAML)',
				what: source.what,
				fix: source.fix,
			});
			return undefined;
		}
		sources.set(rel(file), source);
		return source;
	};

	/** Validates data against a schema; every issue becomes a problem at its field's line. */
	const validate = <S extends z.ZodType>(
		schema: S,
		data: unknown,
		file: string,
		source: YamlSource,
		prefix: (string | number)[] = [],
	): z.output<S> | undefined => {
		const result = schema.safeParse(data);
		if (result.success) return result.data;
		for (const issue of result.error.issues) {
			const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
			// An unknown field is reported at its own name and line.
			if (issue.code === 'unrecognized_keys' && issue.keys[0]) path.push(issue.keys[0]);
			errors.push({
				file: rel(file),
				line: source.lineOf(path),
				field: path.join('.') || '(file)',
				...adviceForIssue(issue, prefix.length ? (data as object) : data),
			});
		}
		return undefined;
	};

	// Provinces and categories: lists with ids that must be unique.
	const readList = <T extends { id: string }>(name: string, schema: z.ZodType<T>): Loaded<T>[] => {
		const file = join(contentRoot, name);
		if (!isPlainFile(file)) {
			errors.push({
				file: rel(file),
				field: '(file)',
				what: { en: 'the file is missing', th: 'ไม่พบไฟล์นี้' },
				fix: {
					en: 'restore it from git (git checkout -- the file).',
					th: 'กู้ไฟล์คืนจาก git (git checkout -- ชื่อไฟล์)',
				},
			});
			return [];
		}
		const source = readYaml(file, readFileSync(file, 'utf8'));
		if (!source || !Array.isArray(source.data)) return [];
		const seen = new Map<string, number>();
		return source.data.flatMap((item, index) => {
			const data = validate(schema, item, file, source, [index]);
			if (!data) return [];
			if (seen.has(data.id)) {
				errors.push({
					file: rel(file),
					line: source.lineOf([index, 'id']),
					field: `${index}.id`,
					what: { en: `the id "${data.id}" is used twice`, th: `id "${data.id}" ซ้ำกัน` },
					fix: {
						en: `give each entry its own id (also used at item ${seen.get(data.id)}).`,
						th: `แต่ละรายการต้องมี id ไม่ซ้ำกัน (ซ้ำกับรายการที่ ${seen.get(data.id)})`,
					},
				});
				return [];
			}
			seen.set(data.id, index);
			return [{ id: data.id, data, source, filePath: rel(file) }];
		});
	};
	const provinces = readList<Province>('provinces.yaml', provinceSchema);
	const categories = readList<Category>('categories.yaml', categorySchema);

	// Products and journeys: one folder each, with facts.yaml and a story per language.
	// Links from stories to pages of this site, checked once every page is known.
	const siteLinks: { url: string; line: number | undefined; file: string }[] = [];
	// Story files that exist but failed validation: not "missing translations".
	const invalidStories = new Set<string>();
	/** Compiles a story through the render pipeline (the build's own plugins); its problems, links and pictures. */
	const checkStoryBody = async (file: string, text: string, mdx: boolean, frontmatter: unknown) => {
		const body = storyBodyAsAstroReadsIt(text, mdx);
		if (body === undefined) return;
		const plain =
			frontmatter !== null && typeof frontmatter === 'object'
				? (frontmatter as Record<string, unknown>)
				: {};
		const story = await compileStory(body, { file, mdx, frontmatter: plain });
		for (const problem of story.problems)
			errors.push({
				file: rel(file),
				line: problem.line,
				field: '(story)',
				what: problem.what,
				fix: problem.fix,
			});
		for (const link of story.siteLinks) siteLinks.push({ ...link, file: rel(file) });
		for (const picture of story.pictures) {
			// A link there is reported where it is (listContentFiles); a folder is no picture.
			const path = join(dirname(file), picture.file);
			if (isPlainFile(path) || (existsAt(path) && !isPlainFolder(path))) continue;
			errors.push({
				file: rel(file),
				line: picture.line,
				field: '(story)',
				what: {
					en: `the picture "${picture.file}" is not in the folder`,
					th: `ไม่พบภาพ "${picture.file}" ในโฟลเดอร์ของเรื่องนี้`,
				},
				fix: {
					en: 'put the file next to the story, or fix its name.',
					th: 'วางไฟล์ภาพไว้ในโฟลเดอร์เดียวกับเรื่อง หรือแก้ชื่อไฟล์ให้ถูก',
				},
			});
		}
	};
	const readCollection = async <F extends { image: { src: string } }, S>(
		collection: 'products' | 'itineraries',
		factsSchema: z.ZodType<F>,
		storySchemaFor: z.ZodType<S>,
	) => {
		const base = join(contentRoot, collection);
		const facts: Loaded<F>[] = [];
		const stories: Loaded<S>[] = [];
		const invalid = new Set<string>();
		// Links are never followed (listContentFiles reports them): only plain folders and files are read.
		if (!isPlainFolder(base)) return { facts, stories, invalid };
		for (const slug of readdirSync(base).filter((name) => isPlainFolder(join(base, name)))) {
			const folder = join(base, slug);
			if (!slugSchema.safeParse(slug).success) {
				errors.push({
					file: rel(folder),
					field: '(folder)',
					what: {
						en: `the folder name "${slug}" is not an English kebab-case slug`,
						th: `ชื่อโฟลเดอร์ "${slug}" ไม่ใช่ภาษาอังกฤษตัวเล็กคั่นด้วยขีด`,
					},
					fix: {
						en: `rename it like "nan-silverware": lower-case English words joined by hyphens, at most ${textLimits.slug} characters; it becomes the address of the page.`,
						th: `เปลี่ยนชื่อให้เหมือน "nan-silverware" คือคำภาษาอังกฤษตัวเล็กคั่นด้วยขีด ยาวไม่เกิน ${textLimits.slug} ตัวอักษร เพราะชื่อนี้จะเป็นที่อยู่ของหน้าเว็บ`,
					},
				});
				continue;
			}
			const factsFile = join(folder, 'facts.yaml');
			if (isPlainFile(factsFile)) {
				const source = readYaml(factsFile, readFileSync(factsFile, 'utf8'));
				const data = source && validate(factsSchema, source.data, factsFile, source);
				if (source && data) {
					facts.push({ id: slug, data, source, filePath: rel(factsFile) });
					await checkImage(folder, factsFile, source, data.image.src, errors, rel);
				} else invalid.add(slug);
			}
			for (const locale of localeCodes) {
				// One story per language: with both en.md and en.mdx the build would keep only one of them.
				if (isPlainFile(join(folder, `${locale}.md`)) && isPlainFile(join(folder, `${locale}.mdx`)))
					errors.push({
						file: rel(join(folder, `${locale}.mdx`)),
						field: '(file)',
						what: {
							en: `there are two ${locale} stories, ${locale}.md and ${locale}.mdx`,
							th: `มีเรื่องเล่าภาษา ${locale} สองไฟล์ คือ ${locale}.md และ ${locale}.mdx`,
						},
						fix: {
							en: 'keep one: rename the file when you move a story to .mdx, do not copy it.',
							th: 'เก็บไว้ไฟล์เดียว เมื่อย้ายเรื่องไปเป็น .mdx ให้เปลี่ยนชื่อไฟล์ ไม่ใช่คัดลอก',
						},
					});
				for (const extension of ['md', 'mdx']) {
					const file = join(folder, `${locale}.${extension}`);
					if (!isPlainFile(file)) continue;
					const text = readFileSync(file, 'utf8');
					const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
					if (!match) {
						files++;
						errors.push({
							file: rel(file),
							line: 1,
							field: '(front matter)',
							what: {
								en: 'the file does not start with front matter between --- lines',
								th: 'ไฟล์ไม่ได้ขึ้นต้นด้วยส่วนหัว (front matter) ระหว่างบรรทัด ---',
							},
							fix: {
								en: 'start the file with ---, then title: and summary:, then --- again.',
								th: 'ขึ้นต้นไฟล์ด้วย --- ตามด้วย title: และ summary: แล้วปิดด้วย --- อีกบรรทัด',
							},
						});
						continue;
					}
					const source = readYaml(file, match[1]!, 1);
					await checkStoryBody(file, text, extension === 'mdx', source?.data);
					const data = source && validate(storySchemaFor, source.data, file, source);
					if (source && data)
						stories.push({ id: `${slug}/${locale}`, data, source, filePath: rel(file) });
					else invalidStories.add(join(folder, locale));
				}
			}
		}
		return { facts, stories, invalid };
	};
	const products = await readCollection('products', productFactsSchema(z.string()), storySchema);
	const itineraries = await readCollection(
		'itineraries',
		itineraryFactsSchema(z.string()),
		itineraryStorySchema,
	);

	// Every entry under content/, listed without following links: a link is refused, and every SVG (a cover, or a
	// picture a story uses) meets the SVG policy. Covers were checked with their facts (checkImage).
	const listed = listContentFiles(contentRoot);
	errors.push(
		...listed.links.map((link) => linkProblem(rel(link))),
		...listed.strangers.map((file) => strangerProblem(rel(file))),
	);
	// A picture is what its bytes are, whatever its name: an SVG named .png would escape the SVG policy.
	for (const file of listed.pictures) {
		const problem = await pictureKindProblem(rel(file), readFileSync(file));
		if (problem) errors.push(problem);
	}
	const covers = new Set(
		[...products.facts, ...itineraries.facts].map((entry) =>
			resolve(options.root, entry.filePath, '..', entry.data.image.src),
		),
	);
	for (const svg of listed.svgs.filter((file) => !covers.has(file))) {
		files++;
		if (statSync(svg).size > imageLimits.maxBytes)
			errors.push({
				file: rel(svg),
				field: '(SVG)',
				what: {
					en: `the picture is over ${imageLimits.maxBytes / 1024 / 1024} MB`,
					th: `ไฟล์ภาพใหญ่เกิน ${imageLimits.maxBytes / 1024 / 1024} MB`,
				},
				fix: {
					en: 'simplify the drawing, or save it as JPEG.',
					th: 'ลดรายละเอียดของภาพวาด หรือบันทึกเป็น JPEG',
				},
			});
		else errors.push(...svgContentProblems(readFileSync(svg, 'utf8'), rel(svg)));
	}

	const linked = linkCatalog(
		{
			invalid: { products: products.invalid, itineraries: itineraries.invalid },
			provinces,
			categories,
			products: products.facts,
			productStories: products.stories,
			itineraries: itineraries.facts,
			itineraryStories: itineraries.stories,
		},
		options.contentDir,
	);
	const withLine = (problem: ContentProblem): ContentProblem => {
		const source = sources.get(problem.file);
		if (!source || problem.field.startsWith('(')) return problem;
		const path = problem.field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
		// provinces.yaml fields are named by province id: find its index in the list.
		if (typeof path[0] === 'string' && Array.isArray(source.data) && !['stops'].includes(path[0])) {
			const index = (source.data as { id?: string }[]).findIndex((item) => item?.id === path[0]);
			if (index >= 0) path[0] = index;
		}
		return { ...problem, line: source.lineOf(path) };
	};
	errors.push(...linked.errors.map(withLine));
	const pages = sitePaths(
		provinces.map((p) => p.id),
		[...products.facts.map((p) => p.id), ...products.invalid],
		[...itineraries.facts.map((i) => i.id), ...itineraries.invalid],
	);
	for (const link of siteLinks) {
		const path = link.url.replace(/[?#].*$/, '');
		if (pages.has(path) || pages.has(`${path}/`)) continue;
		const near = didYouMean(path, [...pages]);
		errors.push({
			file: link.file,
			line: link.line,
			field: '(story)',
			what: {
				en: `the link "${link.url}" leads to no page of this site`,
				th: `ลิงก์ "${link.url}" ไม่ได้ชี้ไปยังหน้าใดในเว็บนี้`,
			},
			fix: {
				en: `link to an existing page such as /en/products/<slug>/.${near ? ` Did you mean "${near}"?` : ''}`,
				th: `ลิงก์ไปยังหน้าที่มีอยู่ เช่น /th/products/<slug>/${near ? ` หมายถึง "${near}" หรือเปล่า` : ''}`,
			},
		});
	}
	const gaps = linked.translationGaps
		.filter((gap) => !invalidStories.has(resolve(options.root, gap.file).replace(/\.mdx?$/, '')))
		.map(withLine);
	return options.strict
		? { errors: [...errors, ...gaps], warnings: [], files }
		: { errors, warnings: gaps, files };
}

/** Every page path of the URL contract, for checking links in stories (without the base path). */
function sitePaths(provinces: string[], products: string[], itineraries: string[]): Set<string> {
	const paths = new Set<string>(['/']);
	for (const locale of localeCodes) {
		for (const section of ['', 'products/', 'provinces/', 'itineraries/', 'search/'])
			paths.add(`/${locale}/${section}`);
		for (const slug of products) paths.add(`/${locale}/products/${slug}/`);
		for (const slug of provinces) paths.add(`/${locale}/provinces/${slug}/`);
		for (const slug of itineraries) paths.add(`/${locale}/itineraries/${slug}/`);
	}
	return paths;
}

/** The picture must exist next to the facts file, and be neither too small nor huge. */
async function checkImage(
	folder: string,
	factsFile: string,
	source: YamlSource,
	src: string,
	errors: ContentProblem[],
	rel: (path: string) => string,
): Promise<void> {
	const file = join(folder, src);
	const at = { file: rel(factsFile), line: source.lineOf(['image', 'src']), field: 'image.src' };
	// Only a file in the item's own folder (the schema's pattern too), and never through a link: nothing outside content/ is read.
	if (!pictureFileName.test(src)) {
		errors.push({
			...at,
			what: {
				en: 'the picture must be a file in this folder, named without folders or ".."',
				th: 'ภาพต้องเป็นไฟล์ในโฟลเดอร์นี้ ใส่แค่ชื่อไฟล์ ไม่มีชื่อโฟลเดอร์หรือ ".."',
			},
			fix: {
				en: 'put the picture next to facts.yaml and write ./name.jpg (letters, digits, . - and _; .jpg, .png, .webp, .avif or .svg).',
				th: 'วางภาพไว้ข้าง facts.yaml แล้วเขียน ./ชื่อไฟล์.jpg (ตัวอักษร ตัวเลข . - และ _ นามสกุล .jpg, .png, .webp, .avif หรือ .svg)',
			},
		});
		return;
	}
	if (!existsAt(file)) {
		const pictures = readdirSync(folder).filter(
			(name) => kindFromName(name) && isPlainFile(join(folder, name)),
		);
		errors.push({
			...at,
			what: {
				en: `the picture "${src}" is not in ${rel(folder)}/`,
				th: `ไม่พบภาพ "${src}" ในโฟลเดอร์ ${rel(folder)}/`,
			},
			fix: {
				en: `put the file there, or name one that is${pictures.length ? `: ${pictures.join(', ')}` : ''}.`,
				th: `วางไฟล์ภาพไว้ในโฟลเดอร์นี้ หรือใช้ชื่อไฟล์ที่มีอยู่${pictures.length ? `: ${pictures.join(', ')}` : ''}`,
			},
		});
		return;
	}
	// A link is reported where it is (listContentFiles) and never read; a folder named like a picture, here.
	if (isPlainFolder(file)) {
		errors.push({
			...at,
			what: {
				en: `"${src}" is a folder, not a picture file`,
				th: `"${src}" เป็นโฟลเดอร์ ไม่ใช่ไฟล์ภาพ`,
			},
			fix: {
				en: 'put the real picture file in the folder under that name.',
				th: 'วางไฟล์ภาพจริงไว้ในโฟลเดอร์ด้วยชื่อนั้น',
			},
		});
		return;
	}
	if (!isPlainFile(file) || !resolvesInside(file, folder)) return;
	const size = statSync(file).size;
	const tooBig = (what: Bilingual) =>
		errors.push({
			...at,
			what,
			fix: {
				en: `resize it to about 2400 px wide before committing (at most ${imageLimits.maxWidth} px and ${imageLimits.maxBytes / 1024 / 1024} MB).`,
				th: `ย่อภาพให้กว้างราว 2400 พิกเซลก่อน commit (ไม่เกิน ${imageLimits.maxWidth} พิกเซล และ ${imageLimits.maxBytes / 1024 / 1024} MB)`,
			},
		});
	if (size > imageLimits.maxBytes) {
		tooBig({
			en: `the picture is ${(size / 1024 / 1024).toFixed(1)} MB`,
			th: `ไฟล์ภาพมีขนาด ${(size / 1024 / 1024).toFixed(1)} MB`,
		});
		return;
	}
	if (/\.svg$/i.test(file)) {
		// The SVG policy (src/check/svg-policy.ts): an allowlist of drawing elements and attributes, on a real XML parse.
		errors.push(...svgContentProblems(readFileSync(file, 'utf8'), rel(file), at));
		return;
	}
	try {
		const { width = 0 } = await sharp(file).metadata();
		if (width < imageLimits.minWidth) {
			errors.push({
				...at,
				what: { en: `the picture is only ${width} px wide`, th: `ภาพกว้างเพียง ${width} พิกเซล` },
				fix: {
					en: `use a picture at least ${imageLimits.minWidth} px wide, so it is sharp on a phone.`,
					th: `ใช้ภาพที่กว้างอย่างน้อย ${imageLimits.minWidth} พิกเซล เพื่อให้คมชัดบนมือถือ`,
				},
			});
		} else if (width > imageLimits.maxWidth) {
			tooBig({ en: `the picture is ${width} px wide`, th: `ภาพกว้างถึง ${width} พิกเซล` });
		}
	} catch {
		errors.push({
			...at,
			what: { en: 'the picture cannot be read', th: 'เปิดไฟล์ภาพไม่ได้' },
			fix: {
				en: 'save it again as JPEG, PNG, WebP, AVIF or SVG.',
				th: 'บันทึกภาพใหม่เป็น JPEG, PNG, WebP, AVIF หรือ SVG',
			},
		});
	}
}
