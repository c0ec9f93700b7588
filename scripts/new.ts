// `npm run new`: starts a new product or journey in both languages.
//   npm run new -- product nan-lacquerware --province nan --category crafts
//   npm run new -- itinerary nan-in-three-days --province nan
// Run without arguments in a terminal to be asked instead.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { z } from 'astro/zod';
import { listContentFiles } from '../src/check/content-files';
import { ProblemLog } from '../src/check/problem-log';
import { readList } from '../src/check/read-lists';
import { idProblem, scaffoldFiles, slugProblem, type ScaffoldKind } from '../src/check/scaffold';
import type { Bilingual } from '../src/editor-messages/bilingual';
import { scaffoldMessages } from '../src/editor-messages/scaffold';
import { categorySchema } from '../src/schemas/category';
import { provinceSchema } from '../src/schemas/province';

const root = fileURLToPath(new URL('..', import.meta.url));
const contentDir = resolve(root, process.env.KHONGDEE_CONTENT_DIR ?? 'content');
const { positionals, values } = parseArgs({
	allowPositionals: true,
	options: { province: { type: 'string' }, category: { type: 'string' } },
});
const ask = process.stdin.isTTY
	? createInterface({ input: process.stdin, output: process.stdout })
	: undefined;

/** Asks in both languages; an empty answer when no one is at the terminal. */
const question = async ({ en, th }: Bilingual) =>
	ask ? (await ask.question(`${en} / ${th}: `)).trim() : '';

const stop = ({ en, th }: Bilingual): never => {
	console.error(`✗ ${en}\n  ${th}`);
	ask?.close();
	process.exit(1);
};

/** The ids in a list file, or none when it cannot be read (then `npm run check` will say why). */
const idsIn = <T extends { id: string }>(name: string, schema: z.ZodType<T>) =>
	readList(new ProblemLog(root), contentDir, name, schema).map((entry) => entry.id);

const kind = (positionals[0] ?? (await question(scaffoldMessages.askKind))) as ScaffoldKind;
if (kind !== 'product' && kind !== 'itinerary') stop(scaffoldMessages.wrongKind);
const collection = kind === 'product' ? 'products' : 'itineraries';
const slug = positionals[1] ?? (await question(scaffoldMessages.askSlug));
const existing = listContentFiles(contentDir).items[collection].map((item) => item.slug);
const slugWrong = slugProblem(slug, existing);
if (slugWrong) stop(slugWrong);
const province = values.province ?? (await question(scaffoldMessages.askProvince));
if (!province) stop(scaffoldMessages.noProvince);
const provinces = idsIn('provinces.yaml', provinceSchema);
const provinceWrong = provinces.length > 0 && idProblem('province', province, provinces);
if (provinceWrong) stop(provinceWrong);
const category =
	kind === 'product'
		? (values.category ?? (await question(scaffoldMessages.askCategory)))
		: undefined;
const categories = idsIn('categories.yaml', categorySchema);
const categoryWrong =
	category !== undefined && categories.length > 0 && idProblem('category', category, categories);
if (categoryWrong) stop(categoryWrong);
ask?.close();

for (const [path, text] of Object.entries(
	scaffoldFiles({ kind, slug, province, category, existing }),
)) {
	mkdirSync(dirname(join(contentDir, path)), { recursive: true });
	writeFileSync(join(contentDir, path), text);
	console.log(`+ content/${path}`);
}
console.log(`\n${scaffoldMessages.next.en}`);
console.log(scaffoldMessages.next.th);
