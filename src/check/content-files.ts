import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import type { ContentProblem } from '../lib/content-problem';
import { kindFromName } from './picture-kind';

/**
 * Every file the site is built from must be a real file inside `content/`: a symbolic link could
 * make the check and the build read, print or publish a file from anywhere on the machine. These
 * helpers look at entries with `lstat`, which never follows a link. Used by `npm run check`
 * (src/check/check-content.ts) and, inside the build, by src/integrations/content-guard.ts.
 */

/** What a walk of the content folder found. */
export interface ContentFiles {
	/** Symbolic links and other entries that are neither a plain file nor a folder (absolute paths); never followed. */
	links: string[];
	/** Every plain `.svg` file (absolute paths), to check against the SVG policy. */
	svgs: string[];
	/** Plain files of a kind content has no use for (absolute paths): never read, and refused. */
	strangers: string[];
	/** Every plain picture file (absolute paths), SVGs included, to check that its bytes are what its name says. */
	pictures: string[];
}

/**
 * The kinds of file content is made of: stories, YAML, and pictures. Anything else (a script, a file
 * with no extension, `.DS_Store`) is refused, because a build tool may read a file by its path alone.
 */
export const contentFileName = /^[^.][^/\\]*\.(md|mdx|yaml|jpe?g|png|webp|avif|svg)$/i;

/** Walks `contentRoot` without following links. */
export function listContentFiles(contentRoot: string): ContentFiles {
	const found: ContentFiles = { links: [], svgs: [], strangers: [], pictures: [] };
	const walk = (folder: string) => {
		for (const name of readdirSync(folder).sort()) {
			const path = join(folder, name);
			const entry = lstatSync(path);
			if (entry.isDirectory()) walk(path);
			else if (!entry.isFile()) found.links.push(path);
			else if (!contentFileName.test(name)) found.strangers.push(path);
			else {
				if (kindFromName(name)) found.pictures.push(path);
				if (/\.svg$/i.test(name)) found.svgs.push(path);
			}
		}
	};
	// The content folder itself may be a link (a checkout's own arrangement); nothing under it may be.
	let isFolder = false;
	try {
		isFolder = statSync(contentRoot).isDirectory();
	} catch {
		// No content folder: nothing to list.
	}
	if (isFolder) walk(contentRoot);
	return found;
}

const lstatSafe = (path: string) => {
	try {
		return lstatSync(path);
	} catch {
		return undefined;
	}
};

/** Whether anything (a file, a folder, a link) is at `path`, without following a link. */
export const existsAt = (path: string): boolean => lstatSafe(path) !== undefined;

/** A plain file: it exists and is not a link (nor a folder, a device, a pipe). */
export const isPlainFile = (path: string): boolean => lstatSafe(path)?.isFile() ?? false;

/** A plain folder: it exists and is not a link. */
export const isPlainFolder = (path: string): boolean => lstatSafe(path)?.isDirectory() ?? false;

/** Whether `file`, with every link resolved, is inside `folder` (also resolved). False if either is missing. */
export function resolvesInside(file: string, folder: string): boolean {
	try {
		const path = relative(realpathSync(folder), realpathSync(file));
		return path !== '' && !path.startsWith('..') && !isAbsolute(path);
	} catch {
		return false;
	}
}

/** The problem for a link (or a device, a pipe) at `file`, a path relative to the repository. Never says where it leads. */
export function linkProblem(file: string): ContentProblem {
	return {
		file,
		field: '(file)',
		what: {
			en: 'this is a link (symbolic link) to another file or folder, or not a plain file; the check and the build do not follow links',
			th: 'รายการนี้เป็นลิงก์ (symbolic link) ไปยังไฟล์หรือโฟลเดอร์อื่น หรือไม่ใช่ไฟล์ธรรมดา ระบบตรวจและระบบสร้างเว็บจะไม่ตามลิงก์',
		},
		fix: {
			en: 'replace the link with the real file (or folder), copied into content/.',
			th: 'แทนที่ลิงก์ด้วยไฟล์จริง (หรือโฟลเดอร์จริง) โดยคัดลอกมาไว้ใน content/',
		},
	};
}

/** The problem for a file of a kind content does not use, at `file`, a path relative to the repository. */
export function strangerProblem(file: string): ContentProblem {
	return {
		file,
		field: '(file)',
		what: {
			en: 'content/ holds only stories (.md, .mdx), YAML (.yaml) and pictures (.jpg, .png, .webp, .avif, .svg); this file is none of these',
			th: 'ใน content/ มีได้เฉพาะเรื่องเล่า (.md, .mdx) ไฟล์ YAML (.yaml) และภาพ (.jpg, .png, .webp, .avif, .svg) ไฟล์นี้ไม่ใช่ทั้งสามแบบ',
		},
		fix: {
			en: 'remove it from content/, or save it in one of those formats with a name that does not start with a dot.',
			th: 'ลบไฟล์นี้ออกจาก content/ หรือบันทึกเป็นรูปแบบที่กำหนด โดยชื่อไฟล์ต้องไม่ขึ้นต้นด้วยจุด',
		},
	};
}
