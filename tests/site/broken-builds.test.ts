import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { brokenCases } from '../support/broken-cases';
import { buildFixture } from '../support/fixture-build';

/**
 * The build runs the same check as `npm run check` (beside Astro) and publishes nothing it
 * refuses, so every broken case in tests/support/broken-cases.ts is refused by the check
 * (tests/content/broken-content.test.ts, no build needed). A real `npm run build` runs once for each way the check refuses content, to show
 * that the build stops on it, prints the check's line and publishes nothing.
 */
const onePerPath: { path: string; name: string; says?: string }[] = [
	{ path: 'a field against its schema', name: 'a picture without English alt text' },
	{ path: 'a reference to another item', name: 'an unknown province', says: '"nann"' },
	{ path: 'the story rules', name: 'a script in a story', says: '<script' },
	{ path: 'a story that cannot be rendered', name: 'MDX that cannot be read' },
	{ path: 'the files content/ may hold', name: 'an SVG saved under a photograph’s name' },
];

describe.each(onePerPath)('npm run build refusing $path ($name)', ({ name, says }) => {
	const broken = brokenCases.find((b) => b.name.startsWith(name));
	test('fails, names the file and the field, and leaves dist/ as it was', async () => {
		expect(broken, name).toBeDefined();
		const build = await buildFixture(broken!.break);
		expect(build.status).not.toBe(0);
		const line = build.output
			.split('\n')
			.find((l) => l.includes(broken!.file) && l.includes(` — ${broken!.field} — `));
		expect(line, build.output.slice(0, 3000)).toBeDefined();
		if (says) expect(line).toContain(says);
		expect(build.output).toContain('nothing was published');
		// Astro ran beside the check, but a refused build shows the check's errors alone.
		expect(build.output).not.toMatch(/\[(build|content|vite)\]/);
		expect(readdirSync(build.distDir)).toEqual(['previous-build.txt']);
		expect(existsSync(`${build.distDir}.next`)).toBe(false);
		// A real build: it stops at the check, but starts Node, tsx and the check like any build.
	}, 120_000);
});
