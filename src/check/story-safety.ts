import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';
import type { Bilingual } from '../lib/content-problem';

/** Components a story may use; the pages hand them to MDX, so stories import nothing. */
export const allowedStoryComponents = ['Figure', 'Quote', 'YouTube'] as const;

/** A problem in a story's text, at a line of its body. */
export interface StoryProblem {
	line: number | undefined;
	what: Bilingual;
	fix: Bilingual;
}

const dangerousHtml = /<\s*(script|iframe|style|object|embed|form)\b/i;
const eventHandler = /\son[a-z]+\s*=/i;
const scriptUrl = /^\s*(javascript|vbscript|data):/i;
const remoteUrl = /^(https?:)?\/\//i;
const imageImport = /^import\s+\w+\s+from\s+['"]\.\/[\w.-]+\.(jpe?g|png|webp|avif|svg)['"];?\s*$/;

const raw: { what: Bilingual; fix: Bilingual } = {
	what: { en: 'raw HTML that could run code or load another site (script, iframe, style, or an on… attribute)', th: 'มี HTML ที่อาจสั่งรันโค้ดหรือโหลดเว็บอื่น (script, iframe, style หรือแอตทริบิวต์ on…)' },
	fix: { en: `remove it; for a video use <YouTube id="…" title="…" />, the only embed stories may use.`, th: 'ลบออก ถ้าต้องการแสดงวิดีโอ ให้ใช้ <YouTube id="…" title="…" /> ซึ่งเป็นการฝังเพียงแบบเดียวที่อนุญาต' },
};

/**
 * Finds what a story must not contain: broken MDX, raw HTML that runs code or loads other sites,
 * components outside the allowlist, imports other than a picture next to the story, `javascript:`
 * links and pictures from other hosts. Used by `npm run check` and by the build.
 */
export function storySafetyProblems(body: string, isMdx: boolean, lineOffset = 0): StoryProblem[] {
	return readStory(body, isMdx, lineOffset).problems;
}

/** Parses a story once: what must not be in it, and its links into this site (`/en/products/…`) to check they lead somewhere. */
export function readStory(body: string, isMdx: boolean, lineOffset = 0): { problems: StoryProblem[]; siteLinks: { url: string; line: number | undefined }[] } {
	const problems: StoryProblem[] = [];
	const siteLinks: { url: string; line: number | undefined }[] = [];
	const at = (node: { position?: { start: { line: number } } | undefined }) => (node.position ? node.position.start.line + lineOffset : undefined);
	let tree;
	try {
		tree = isMdx ? fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) : fromMarkdown(body);
	} catch (error) {
		const place = error as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message?: string };
		const line = place.line ?? place.place?.line ?? place.place?.start?.line;
		const broken = [
			{
				line: line === undefined ? undefined : line + lineOffset,
				what: { en: `the MDX cannot be read: ${place.reason ?? place.message}`, th: `อ่าน MDX ไม่ได้: ${place.reason ?? place.message}` },
				fix: { en: 'check the tags on this line: every <Component> needs a matching close or must end with />, and { } must be balanced.', th: 'ตรวจแท็กในบรรทัดนี้ ทุก <Component> ต้องปิดให้ครบหรือจบด้วย /> และวงเล็บ { } ต้องครบคู่' },
			},
		];
		return { problems: broken, siteLinks };
	}
	visit(tree, (node) => {
		const line = at(node);
		switch (node.type) {
			case 'html':
				if (dangerousHtml.test(node.value) || eventHandler.test(node.value) || /javascript:/i.test(node.value)) problems.push({ line, ...raw });
				break;
			case 'link':
			case 'image':
				if (node.type === 'link' && node.url.startsWith('/') && !node.url.startsWith('//')) siteLinks.push({ url: node.url, line });
				if (scriptUrl.test(node.url)) {
					problems.push({ line, what: { en: `a link to "${node.url.slice(0, 40)}"`, th: `มีลิงก์ไปยัง "${node.url.slice(0, 40)}"` }, fix: { en: 'link to a web page (https://…) or a page of this site (/th/…).', th: 'ลิงก์ไปยังหน้าเว็บ (https://…) หรือหน้าในเว็บนี้ (/th/…)' } });
				} else if (node.type === 'image' && remoteUrl.test(node.url)) {
					problems.push({ line, what: { en: 'a picture loaded from another website', th: 'มีภาพที่โหลดจากเว็บอื่น' }, fix: { en: 'save the picture next to the story and use ./file.jpg, with its credit and licence.', th: 'บันทึกภาพไว้ในโฟลเดอร์เรื่องแล้วใช้ ./ชื่อไฟล์.jpg พร้อมเครดิตและสัญญาอนุญาต' } });
				}
				break;
			case 'mdxjsEsm':
				for (const statement of node.value.split('\n').filter((s) => s.trim())) {
					if (!imageImport.test(statement.trim())) {
						problems.push({ line, what: { en: `an import or export that is not allowed: ${statement.trim().slice(0, 60)}`, th: `มีการ import หรือ export ที่ไม่อนุญาต: ${statement.trim().slice(0, 60)}` }, fix: { en: `remove it; stories can use ${allowedStoryComponents.join(', ')} without importing them, and may only import a picture next to the story (import photo from './photo.jpg').`, th: `ลบออก เรื่องเล่าใช้ ${allowedStoryComponents.join(', ')} ได้เลยโดยไม่ต้อง import และ import ได้เฉพาะภาพในโฟลเดอร์เดียวกัน (import photo from './photo.jpg')` } });
					}
				}
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = node.name ?? '';
				if (!(allowedStoryComponents as readonly string[]).includes(name)) {
					const dangerous = /^(script|iframe|style|object|embed|form)$/i.test(name);
					problems.push(dangerous ? { line, ...raw } : { line, what: { en: `the component <${name}> is not allowed in stories`, th: `ไม่อนุญาตให้ใช้ <${name}> ในเรื่องเล่า` }, fix: { en: `use Markdown, or one of: ${allowedStoryComponents.join(', ')}.`, th: `ใช้ Markdown หรือคอมโพเนนต์ ${allowedStoryComponents.join(', ')}` } });
				}
				for (const attribute of node.attributes) {
					if (attribute.type !== 'mdxJsxAttribute') {
						problems.push({ line, what: { en: `a {…} spread on <${name}>`, th: `มี {…} ใน <${name}>` }, fix: { en: 'write each attribute as name="value".', th: 'เขียนแอตทริบิวต์ทีละตัวแบบ name="value"' } });
					} else if (/^on/i.test(attribute.name) || (typeof attribute.value === 'string' && scriptUrl.test(attribute.value))) {
						problems.push({ line, ...raw });
					} else if (attribute.value !== null && typeof attribute.value === 'object' && !/^\s*[A-Za-z_]\w*\s*$/.test(attribute.value.value)) {
						// A bare name (a picture imported at the top) is fine; anything else would run code at build time.
						problems.push({ line, what: { en: `a {…} expression in ${attribute.name} on <${name}>`, th: `มีนิพจน์ {…} ใน ${attribute.name} ของ <${name}>` }, fix: { en: 'write the value in quotes: name="value", or the name of a picture imported at the top.', th: 'เขียนค่าในเครื่องหมายคำพูด name="value" หรือใช้ชื่อภาพที่ import ไว้ด้านบน' } });
					}
				}
				break;
			}
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				problems.push({ line, what: { en: 'a {…} expression in the text', th: 'มีนิพจน์ {…} ในเนื้อเรื่อง' }, fix: { en: 'remove the braces, or write \\{ to show a brace.', th: 'ลบวงเล็บปีกกาออก หรือเขียน \\{ ถ้าต้องการแสดงวงเล็บ' } });
				break;
		}
	});
	return { problems, siteLinks };
}

