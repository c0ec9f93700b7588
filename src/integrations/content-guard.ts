import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
	existsAt,
	isPlainFile,
	linkProblem,
	listContentFiles,
	strangerProblem,
} from '../check/content-files';
import { kindFromName, pictureKindProblem } from '../check/picture-kind';
import { svgContentProblems } from '../check/svg-policy';
import { ContentError } from '../lib/content-problem';

/** The one Vite plugin hook used, typed here so this file needs no direct dependency on Vite's types. */
interface LoadGuardPlugin {
	name: string;
	enforce: 'pre';
	load: { order: 'pre'; handler: (id: string) => Promise<null> };
}

const inside = (path: string, folder: string) => {
	const between = relative(folder, path);
	return between !== '' && !between.startsWith('..') && !isAbsolute(between);
};

const realpathOr = (path: string) => {
	try {
		return realpathSync(path);
	} catch {
		return path;
	}
};

/**
 * A Vite plugin that checks every picture under the content folder the moment Vite loads it, whatever
 * the import (`cover.svg`, `fig.png?astroContentImageFlag…`, `?raw`, `?url`): it must be a plain file
 * whose bytes are what its name says (src/check/picture-kind.ts), and an SVG must meet the SVG policy
 * (src/check/svg-policy.ts). A refused picture throws a ContentError naming the file (relative to
 * `root`), the line and what is wrong, in English and Thai, and never its text; so even a build that
 * skipped `npm run check` cannot publish it. It runs before Astro's own loader.
 */
export function contentGuardPlugin(contentRoot: string, root: string): LoadGuardPlugin {
	const folders = [...new Set([resolve(contentRoot), realpathOr(resolve(contentRoot))])];
	return {
		name: 'khong-dee:content-picture-guard',
		enforce: 'pre',
		load: {
			order: 'pre',
			async handler(id) {
				// `/abs/content/x/cover.svg?astroContentImageFlag&…`, `/@fs/abs/…`, or a virtual `\0…` id (never a file).
				if (id.startsWith('\0')) return null;
				const path = resolve(id.replace(/[?#].*$/, '').replace(/^\/@fs\//, '/'));
				if (!kindFromName(path)) return null;
				if (!folders.some((folder) => inside(path, folder) || inside(realpathOr(path), folder)))
					return null;
				const file = relative(root, path).split('\\').join('/');
				// A missing picture is Astro's to report; something that is there but not a file is a link.
				if (!existsAt(path)) return null;
				if (!isPlainFile(path)) throw new ContentError([linkProblem(file)]);
				// A picture is what its bytes are: an SVG saved as .png would otherwise be published as a live .svg.
				const kind = await pictureKindProblem(file, readFileSync(path));
				if (kind) throw new ContentError([kind]);
				if (!/\.svg$/i.test(path)) return null;
				const problems = svgContentProblems(readFileSync(path, 'utf8'), file);
				if (problems.length > 0) throw new ContentError(problems);
				return null;
			},
		},
	};
}

/**
 * Guards the build against content that reaches outside `content/` or carries live SVG: at config
 * setup it refuses any symbolic link or file of another kind under the content folder (before Astro's
 * loaders, which would follow a link, read anything), then adds `contentGuardPlugin` to Vite; when
 * the build is done, every SVG it published must meet the SVG policy.
 * The content folder is `KHONGDEE_CONTENT_DIR`, `content` by default, as in src/content.config.ts.
 */
export function contentGuard(): AstroIntegration {
	return {
		name: 'khong-dee:content-guard',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				const root = fileURLToPath(config.root);
				const contentRoot = resolve(root, process.env.KHONGDEE_CONTENT_DIR ?? 'content');
				const { links, strangers } = listContentFiles(contentRoot);
				const named = (path: string) => relative(root, path).split('\\').join('/');
				const problems = [
					...links.map((link) => linkProblem(named(link))),
					...strangers.map((file) => strangerProblem(named(file))),
				];
				if (problems.length > 0) throw new ContentError(problems);
				updateConfig({ vite: { plugins: [contentGuardPlugin(contentRoot, root)] } });
			},
			// The last word: whatever path a picture took, every SVG the site publishes meets the policy
			// (a failed build leaves the last good site, scripts/build.mjs).
			'astro:build:done': ({ dir }) => {
				const out = fileURLToPath(dir);
				const problems = publishedSvgs(out).flatMap((path) =>
					svgContentProblems(readFileSync(path, 'utf8'), relative(out, path).split('\\').join('/')),
				);
				if (problems.length > 0) throw new ContentError(problems);
			},
		},
	};
}

/** Every `.svg` file under the built site's folder. */
function publishedSvgs(folder: string): string[] {
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && /\.svg$/i.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name));
}
