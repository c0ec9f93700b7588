import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect, inject, test } from 'vitest';
import { readPages } from '../support/built-site';

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

test('every page passes the W3C Nu HTML checker with no errors', () => {
	const files = readPages(inject('distDir')).map((p) => p.file);
	// One Java run for all pages: starting the checker costs more than checking a page.
	const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	expect(run.error, 'java must be installed to run the Nu HTML checker').toBeUndefined();
	const report = JSON.parse(run.stderr || '{"messages":[]}') as {
		messages: { type: string; url: string; message: string; lastLine?: number }[];
	};
	const errors = report.messages
		.filter((m) => m.type === 'error')
		.map(
			(m) =>
				`${m.url.replace(/^file:.*tests\/\.output\/dist/, '')}:${m.lastLine ?? '?'} ${m.message}`,
		);
	expect(errors).toEqual([]);
}, 120_000);
