import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentKey } from '../../src/lib/file-cache';
import { anuphanFile } from '../../src/lib/fonts';
import type { ShareFont } from '../../src/lib/share-image';
import { woff2ToTtf } from '../../src/lib/woff2';

/**
 * Anuphan as TrueType, for drawing share images in tests, at one path per font version that is
 * never deleted: fontconfig keeps the files of a family it was told about for the life of the
 * process, and unit test files share processes, so a file deleted by one would break the next's
 * drawing, or give it another font than a fresh process gets.
 */
export async function testShareFont(): Promise<ShareFont> {
	const woff2 = (['thai', 'latin'] as const).map((subset) => readFileSync(anuphanFile(subset)));
	const dir = join(tmpdir(), `khong-dee-test-font-${contentKey([...woff2, 'copied out'])}`);
	mkdirSync(dir, { recursive: true });
	const files = await Promise.all(
		woff2.map(async (bytes, i) => {
			const file = join(dir, `${i}.ttf`);
			if (!existsSync(file)) {
				// Renamed into place, so a file running beside this one never reads half a font.
				const partial = `${file}.${process.pid}.partial`;
				writeFileSync(partial, await woff2ToTtf(bytes));
				renameSync(partial, file);
			}
			return file;
		}),
	);
	return { family: 'Anuphan', files };
}
