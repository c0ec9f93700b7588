// `npm run new`: starts a new product or journey in both languages.
//   npm run new -- product nan-lacquerware --province nan --category crafts
//   npm run new -- itinerary nan-in-three-days --province nan
// Run without arguments in a terminal to be asked instead.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { listContentFiles } from '../src/check/content-files';
import { scaffoldFiles, slugProblem, type ScaffoldKind } from '../src/check/scaffold';

const root = fileURLToPath(new URL('..', import.meta.url));
const contentDir = resolve(root, process.env.KHONGDEE_CONTENT_DIR ?? 'content');
const { positionals, values } = parseArgs({
	allowPositionals: true,
	options: { province: { type: 'string' }, category: { type: 'string' } },
});
const ask = process.stdin.isTTY
	? createInterface({ input: process.stdin, output: process.stdout })
	: undefined;
const question = async (text: string) => (ask ? (await ask.question(text)).trim() : '');

const stop = (en: string, th: string): never => {
	console.error(`✗ ${en}\n  ${th}`);
	ask?.close();
	process.exit(1);
};

const kind = (positionals[0] ??
	(await question(
		'product or itinerary? / ของดี (product) หรือเส้นทาง (itinerary)? ',
	))) as ScaffoldKind;
if (kind !== 'product' && kind !== 'itinerary')
	stop('Say "product" or "itinerary".', 'พิมพ์ product หรือ itinerary');
const collection = kind === 'product' ? 'products' : 'itineraries';
const slug =
	positionals[1] ??
	(await question('Folder name in English, e.g. nan-lacquerware / ชื่อโฟลเดอร์ภาษาอังกฤษ: '));
const existing = listContentFiles(contentDir).items[collection].map((item) => item.slug);
const problem = slugProblem(slug, existing);
if (problem) stop(problem.en, problem.th);
const province = values.province ?? (await question('Province id, e.g. nan / id จังหวัด เช่น nan: '));
if (!province) stop('Give the province id (--province nan).', 'ใส่ id จังหวัด (--province nan)');
const category =
	kind === 'product'
		? (values.category ?? (await question('Category id, e.g. crafts / id ประเภท เช่น crafts: ')))
		: undefined;
ask?.close();

for (const [path, text] of Object.entries(
	scaffoldFiles({ kind, slug, province, category, existing }),
)) {
	mkdirSync(dirname(join(contentDir, path)), { recursive: true });
	writeFileSync(join(contentDir, path), text);
	console.log(`+ content/${path}`);
}
console.log(
	`\nNext: add the picture, fill in every "" field, write the stories, then run npm run check.`,
);
console.log('ต่อไป: ใส่ภาพ กรอกทุกช่องที่เป็น "" เขียนเรื่องเล่า แล้วรัน npm run check');
