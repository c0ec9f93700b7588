// `npm run check`: validates all content without building the site, reports every problem at once in
// English and Thai, and exits 0 only when there are no errors. `--strict` makes a missing translation
// an error; `--json` prints the problems as JSON.
import { fileURLToPath } from 'node:url';
import { checkContent } from '../src/check/check-content';
import { formatProblem } from '../src/lib/content-problem';

const args = new Set(process.argv.slice(2));
const root = fileURLToPath(new URL('..', import.meta.url));
const result = await checkContent({ root, contentDir: process.env.KHONGDEE_CONTENT_DIR ?? 'content', strict: args.has('--strict') });

if (args.has('--json')) {
	console.log(JSON.stringify(result, null, 2));
} else {
	for (const [label, problems] of [['✗', result.errors], ['!', result.warnings]] as const) {
		for (const problem of problems) {
			console.log(`${label} ${formatProblem(problem, 'en')}`);
			console.log(`  ${formatProblem(problem, 'th')}`);
		}
	}
	const summary = `${result.files} files checked: ${result.errors.length} errors, ${result.warnings.length} translation gaps.`;
	const thai = `ตรวจ ${result.files} ไฟล์: พบข้อผิดพลาด ${result.errors.length} จุด ยังไม่มีคำแปล ${result.warnings.length} เรื่อง`;
	console.log(`\n${result.errors.length === 0 ? '✓' : '✗'} ${summary}\n  ${thai}`);
}
process.exit(result.errors.length === 0 ? 0 : 1);
