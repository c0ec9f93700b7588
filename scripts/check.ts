// `npm run check`: validates all content without building the site, reports every problem at once in
// English and Thai, and exits 0 only when there are no errors. `--strict` makes a missing translation
// an error; `--json` prints the problems as JSON; `--format github` prints them as GitHub Actions
// annotations, shown on a pull request at their file and line; `--build` (used by npm run build)
// leaves out the note on translation ages, which is for editors, not a reason to stop.
import { fileURLToPath } from 'node:url';
import { checkContent } from '../src/check/check-content';
import { githubAnnotation } from '../src/check/github-annotations';
import { readStoryFiles, translationRows } from '../src/check/translation-report';
import { formatProblem } from '../src/lib/content-problem';

const argv = process.argv.slice(2);
const args = new Set(argv);
const format =
	argv.find((a) => a.startsWith('--format='))?.slice('--format='.length) ??
	(args.has('--format') ? argv[argv.indexOf('--format') + 1] : undefined);
if (format !== undefined && format !== 'github') {
	console.error(`Unknown --format "${format}": the one format is "github".`);
	process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));
const result = await checkContent({
	root,
	contentDir: process.env.KHONGDEE_CONTENT_DIR ?? 'content',
	strict: args.has('--strict'),
});

if (args.has('--json')) {
	console.log(JSON.stringify(result, null, 2));
} else {
	for (const [label, problems] of [
		['✗', result.errors],
		['!', result.warnings],
	] as const) {
		for (const problem of problems) {
			if (format === 'github') {
				console.log(githubAnnotation(problem, label === '✗' ? 'error' : 'warning'));
				continue;
			}
			console.log(`${label} ${formatProblem(problem, 'en')}`);
			console.log(`  ${formatProblem(problem, 'th')}`);
		}
	}
	const summary = `${result.files} files checked: ${result.errors.length} errors, ${result.warnings.length} translation gaps.`;
	const thai = `ตรวจ ${result.files} ไฟล์: พบข้อผิดพลาด ${result.errors.length} จุด ยังไม่มีคำแปล ${result.warnings.length} เรื่อง`;
	console.log(`\n${result.errors.length === 0 ? '✓' : '✗'} ${summary}\n  ${thai}`);
	const older = args.has('--build')
		? []
		: translationRows(readStoryFiles(root, process.env.KHONGDEE_CONTENT_DIR ?? 'content')).filter(
				(row) => row.older.length > 0,
			);
	if (older.length > 0) {
		console.log(
			`\n${older.length} stories have one language changed after the other: see npm run translations.`,
		);
		console.log(
			`เรื่องเล่า ${older.length} เรื่องมีภาษาหนึ่งแก้ไขหลังอีกภาษา ดูรายละเอียดด้วย npm run translations`,
		);
	}
}
// exitCode, not exit(): output going to a pipe (npm run build reads it) is written in full first.
process.exitCode = result.errors.length === 0 ? 0 : 1;
