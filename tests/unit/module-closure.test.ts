import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { moduleClosure, relativeImports } from '../../src/lib/module-closure';
import { drawingCode } from '../../src/lib/share-images-ahead';

/** A project folder holding `files` (path → text). */
function project(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'khong-dee-closure-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

describe('relativeImports', () => {
	test('finds imports and re-exports of code, on one line or several, and drops a query', () => {
		const source = [
			"import sharp from 'sharp';",
			"import { a } from './a';",
			'import {',
			'\tb,',
			'\ttype B,',
			"} from '../lib/b';",
			"import raw from './c.ts?raw';",
			"export { d } from './d';",
			"import './e.css';",
			"import type { T } from './types';",
			"export type { U } from './more-types';",
			'const text = \'from "./not-an-import"\';',
		].join('\n');
		expect(relativeImports(source)).toEqual(['./a', '../lib/b', './c.ts', './d', './e.css']);
	});
});

describe('moduleClosure', () => {
	test('follows imports however deep, each module once, and finds a folder by its index.ts', () => {
		const root = project({
			'src/entry.ts': "import { b } from './b';\nimport { c } from './shared';",
			'src/b.ts': "import { c } from './shared';\nimport { d } from './deep/d.ts';",
			'src/shared/index.ts': "import type { T } from '../types';\nexport const c = 1;",
			'src/deep/d.ts': "import { b } from '../b';\nexport const d = 2;",
			'src/types.ts': 'export type T = string;',
			'src/unused.ts': 'export const u = 3;',
		});
		expect(moduleClosure(root, ['src/entry.ts'])).toEqual([
			'src/b.ts',
			'src/deep/d.ts',
			'src/entry.ts',
			'src/shared/index.ts',
		]);
	});

	test('says which import it cannot find', () => {
		const root = project({ 'src/entry.ts': "import { gone } from './gone';" });
		expect(() => moduleClosure(root, ['src/entry.ts'])).toThrow(/"\.\/gone".*src/);
	});
});

describe('the share images’ drawing code', () => {
	test('holds the modules the drawing imports, not only the ones it starts from', () => {
		const files = drawingCode(process.cwd()).filter((_, at) => at % 2 === 0);
		expect(files).toEqual(
			expect.arrayContaining([
				'src/lib/share-image.ts',
				'src/lib/share-image-size.ts',
				'src/lib/text-language.ts',
				'src/lib/raw-pixels.ts',
				'src/lib/share-cover.ts',
				'src/lib/woff2.ts',
			]),
		);
	});
});
