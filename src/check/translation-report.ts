import { spawnSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { localeCodes, type Locale } from '../i18n/locales';
import { itemCollections, listContentFiles } from './content-files';

/** One story file: where it is and when it was last committed (seconds since 1970), if known. */
export interface StoryFile {
	path: string;
	committedAt: number | undefined;
}

export interface TranslationRow {
	collection: 'products' | 'itineraries';
	slug: string;
	files: Partial<Record<Locale, StoryFile>>;
	/** Languages with no story file. */
	missing: Locale[];
	/** Languages whose story was last changed before the other language's: it may need updating. */
	older: Locale[];
}

/**
 * The state of each item's translations: which languages exist, and which is older than its
 * counterpart by commit date (a change to one language that the other has not caught up with).
 * @example translationRows([{ collection: 'products', slug: 'x', files: { th: { path: 'index.th.md', committedAt: 2 }, en: { path: 'index.en.md', committedAt: 1 } } }])[0].older // => ['en']
 */
export function translationRows(
	items: {
		collection: TranslationRow['collection'];
		slug: string;
		files: Partial<Record<Locale, StoryFile>>;
	}[],
): TranslationRow[] {
	return items.map((item) => {
		const missing = localeCodes.filter((locale) => !item.files[locale]);
		const dates = localeCodes
			.map((locale) => item.files[locale]?.committedAt)
			.filter((d): d is number => d !== undefined);
		const newest = Math.max(...dates);
		const older =
			dates.length < 2
				? []
				: localeCodes.filter((locale) => (item.files[locale]?.committedAt ?? newest) < newest);
		return { ...item, missing, older };
	});
}

/** Reads the story files of `content/` (the check's one walk) and their last commit dates from git (undefined outside git). */
export function readStoryFiles(root: string, contentDir: string) {
	const { items } = listContentFiles(resolve(root, contentDir));
	return itemCollections.flatMap((collection) =>
		items[collection].map((item) => {
			const files: Partial<Record<Locale, StoryFile>> = {};
			for (const locale of localeCodes) {
				const file = item.stories[locale]?.[0];
				if (file)
					files[locale] = { path: relative(root, file), committedAt: lastCommit(root, file) };
			}
			return { collection, slug: item.slug, files };
		}),
	);
}

/**
 * When the file's text last changed in git: across renames (`--follow`), and not counting a commit
 * that only renamed it (`--diff-filter=AM`), so moving both languages to new names says nothing of
 * which one is older.
 */
function lastCommit(root: string, file: string): number | undefined {
	const args = ['log', '-1', '--follow', '--diff-filter=AM', '--format=%ct', '--', file];
	const log = spawnSync('git', args, {
		cwd: root,
		encoding: 'utf8',
	});
	const seconds = Number.parseInt(log.stdout?.trim() ?? '', 10);
	return Number.isFinite(seconds) ? seconds : undefined;
}

/** The report as a plain-text table for the terminal. */
export function formatTranslationTable(rows: TranslationRow[]): string {
	const date = (file: StoryFile | undefined) =>
		file
			? file.committedAt
				? new Date(file.committedAt * 1000).toISOString().slice(0, 10)
				: 'not committed'
			: '—';
	const status = (row: TranslationRow) =>
		row.missing.length
			? `missing ${row.missing.join(', ')} / ยังไม่มีฉบับ ${row.missing.join(', ')}`
			: row.older.length
				? `${row.older.join(', ')} older / ฉบับ ${row.older.join(', ')} เก่ากว่า`
				: 'ok';
	const lines = rows.map((row) => [
		`${row.collection}/${row.slug}`,
		date(row.files.th),
		date(row.files.en),
		status(row),
	]);
	const header = ['item', 'th', 'en', 'status'];
	const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
	return [header, ...lines]
		.map((cells) =>
			cells
				.map((c, i) => c.padEnd(widths[i]!))
				.join('  ')
				.trimEnd(),
		)
		.join('\n');
}
