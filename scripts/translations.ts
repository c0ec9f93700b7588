// `npm run translations`: which languages each story has, and which translation is older than its
// counterpart (by git commit date). `--json` prints the rows as JSON.
import { fileURLToPath } from 'node:url';
import {
	formatTranslationTable,
	readStoryFiles,
	translationRows,
} from '../src/check/translation-report';

const root = fileURLToPath(new URL('..', import.meta.url));
const rows = translationRows(readStoryFiles(root, process.env.KHONGDEE_CONTENT_DIR ?? 'content'));
if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else {
	console.log(formatTranslationTable(rows));
	const gaps = rows.filter((r) => r.missing.length).length;
	const stale = rows.filter((r) => r.older.length).length;
	console.log(
		`\n${rows.length} stories: ${gaps} missing a language, ${stale} with one language older than the other.`,
	);
	console.log(
		`เรื่องเล่า ${rows.length} เรื่อง: ขาดบางภาษา ${gaps} เรื่อง มีภาษาหนึ่งเก่ากว่าอีกภาษา ${stale} เรื่อง`,
	);
}
