import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect, inject, test } from 'vitest';
import { readPages } from '../support/built-site';

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

test('every page passes the W3C Nu HTML checker with no errors', () => {
	const files = readPages(inject('distDir')).map((p) => p.file);
	// One Java run for all pages: starting the checker costs more than checking a page. For a run
	// this short, Java's quick compiler alone and one garbage collector thread take half the CPU time
	// (the checker's frames then need a larger stack than the 512 KB it asks for).
	const java = ['-Xss4m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];
	const run = spawnSync(
		'java',
		[...java, '-jar', vnuJar, '--errors-only', '--format', 'json', ...files],
		{
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
		},
	);
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
