import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { brokenCases } from '../support/broken-cases';
import { buildFixture } from '../support/fixture-build';

describe.each(brokenCases)('npm run build on content with $name', (broken) => {
	test('fails, names the file and the field, and leaves dist/ as it was', async () => {
		const build = await buildFixture(broken.break);
		expect(build.status).not.toBe(0);
		const line = build.output
			.split('\n')
			.find((l) => l.includes(broken.file) && l.includes(` — ${broken.field} — `));
		expect(line, build.output.slice(0, 3000)).toBeDefined();
		expect(build.output).toContain('nothing was published');
		expect(readdirSync(build.distDir)).toEqual(['previous-build.txt']);
		expect(existsSync(`${build.distDir}.next`)).toBe(false);
	});
});
