import { describe, expect, test } from 'vitest';
import { replaceSections } from '../../scripts/bench/report.mjs';

const doc =
	'# Benchmarks\n\nIntro.\n\n## Build time\n\nold build\n\n## Lighthouse (mobile, 2026-01-01)\n\nold scores\n';

describe('replaceSections', () => {
	test('replaces its own section and keeps the others', () => {
		const out: string = replaceSections(doc, ['## Build time\n\nnew build']);
		expect(out).toContain('new build');
		expect(out).not.toContain('old build');
		expect(out).toContain('old scores');
		expect(out.indexOf('new build')).toBeLessThan(out.indexOf('old scores'));
	});

	test('matches a heading whatever its date in parentheses', () => {
		// With a blank line first, as the Lighthouse script writes it.
		const out: string = replaceSections(doc, [
			'\n## Lighthouse (mobile, 2026-11-25)\n\nnew scores\n',
		]);
		expect(out).toContain('new scores');
		expect(out).not.toContain('old scores');
		expect(out.match(/## Lighthouse/g)).toHaveLength(1);
	});

	test('appends a new section and can replace the text before the sections', () => {
		const out: string = replaceSections(doc, ['## Search\n\nbytes'], '# Benchmarks\n\nNew intro.');
		expect(out).toMatch(
			/New intro\.[\s\S]*## Build time[\s\S]*## Lighthouse[\s\S]*## Search\n\nbytes\n$/,
		);
		expect(out).not.toContain('Intro.\n');
	});
});
