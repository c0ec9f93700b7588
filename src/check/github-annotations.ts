import type { ContentProblem } from '../lib/content-problem';

/** GitHub's escaping for a workflow command's message: `%`, CR and LF. */
const escapeData = (text: string) =>
	text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');

/** And for a property (`file=…,title=…`): also `:` and `,`, which separate properties. */
const escapeProperty = (text: string) =>
	escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

/**
 * A problem as a GitHub Actions workflow command, so that a pull request shows it at its file and
 * line: the field as the title, what is wrong and what to do in English, then in Thai.
 * @example githubAnnotation(p, 'error') // => '::error file=content/products/x/facts.yaml,line=2,title=province::unknown province …'
 */
export function githubAnnotation(problem: ContentProblem, level: 'error' | 'warning'): string {
	const properties = [
		`file=${escapeProperty(problem.file)}`,
		...(problem.line ? [`line=${problem.line}`] : []),
		`title=${escapeProperty(problem.field)}`,
	].join(',');
	const message = [
		`${problem.what.en} — ${problem.fix.en}`,
		`${problem.what.th} — ${problem.fix.th}`,
	].join('\n');
	return `::${level} ${properties}::${escapeData(message)}`;
}
