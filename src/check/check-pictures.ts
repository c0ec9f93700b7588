import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Advice } from '../editor-messages/bilingual';
import { contentAdvice } from '../editor-messages/content';
import { imageLimits, pictureFileName } from '../schemas/image';
import {
	existsAt,
	isPlainFile,
	isPlainFolder,
	resolvesInside,
	type ContentFiles,
} from './content-files';
import { kindFromName, pictureKindProblem } from './picture-kind';
import type { ProblemLog } from './problem-log';
import { svgContentProblems } from './svg-policy';
import type { YamlSource } from './yaml-source';

/** The cover a facts.yaml names must be a picture in its folder, neither too small nor huge. */
export async function checkCover(
	log: ProblemLog,
	folder: string,
	factsFile: string,
	source: YamlSource,
	src: string,
): Promise<void> {
	const file = join(folder, src);
	const report = (advice: Advice) => log.addAt(factsFile, source, ['image', 'src'], advice);
	// Only a file in the item's own folder (the schema's pattern too), and never through a link: nothing outside content/ is read.
	if (!pictureFileName.test(src)) return report(contentAdvice.coverOutsideFolder());
	if (!existsAt(file)) {
		const pictures = readdirSync(folder).filter(
			(name) => kindFromName(name) && isPlainFile(join(folder, name)),
		);
		return report(contentAdvice.coverMissing(src, log.rel(folder), pictures));
	}
	// A link is reported where it is (listContentFiles) and never read; a folder named like a picture, here.
	if (isPlainFolder(file)) return report(contentAdvice.coverIsFolder(src));
	if (!isPlainFile(file) || !resolvesInside(file, folder)) return;
	const size = statSync(file).size;
	if (size > imageLimits.maxBytes) return report(contentAdvice.pictureBytes(size));
	if (kindFromName(file) === 'svg') {
		// The SVG policy (src/check/svg-policy.ts): an allowlist of drawing elements and attributes, on a real XML parse.
		const at = {
			file: log.rel(factsFile),
			line: source.lineOf(['image', 'src']),
			field: 'image.src',
		};
		log.errors.push(...svgContentProblems(readFileSync(file, 'utf8'), log.rel(file), at));
		return;
	}
	try {
		const { width = 0 } = await sharp(file).metadata();
		if (width < imageLimits.minWidth) report(contentAdvice.pictureTooNarrow(width));
		else if (width > imageLimits.maxWidth) report(contentAdvice.pictureTooWide(width));
	} catch {
		report(contentAdvice.pictureUnreadable());
	}
}

/**
 * Every picture under content/, whatever uses it: its bytes must be what its name says (an SVG named
 * .png would escape the SVG policy), and every SVG other than a cover (checked by checkCover) must meet
 * the SVG policy.
 */
export async function checkPictureFiles(
	log: ProblemLog,
	listed: ContentFiles,
	covers: ReadonlySet<string>,
): Promise<void> {
	for (const file of listed.pictures) {
		const problem = await pictureKindProblem(log.rel(file), readFileSync(file));
		if (problem) log.errors.push(problem);
	}
	for (const svg of listed.svgs.filter((file) => !covers.has(file))) {
		log.files++;
		if (statSync(svg).size > imageLimits.maxBytes)
			log.add(svg, '(SVG)', contentAdvice.svgTooLarge());
		else log.errors.push(...svgContentProblems(readFileSync(svg, 'utf8'), log.rel(svg)));
	}
}
