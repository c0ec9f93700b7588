import { relative } from 'node:path';
import type { z } from 'astro/zod';
import type { Advice } from '../editor-messages/bilingual';
import { adviceForIssue } from '../editor-messages/schema-issues';
import { fieldName, type ContentProblem, type FieldPath } from '../lib/content-problem';
import {
	isYamlSyntaxError,
	parseYamlSource,
	yamlSizeLimitFor,
	type YamlSource,
} from './yaml-source';

/** Parts of a file a problem can be about when it is not about one field. */
export type FilePart = '(file)' | '(folder)' | '(story)' | '(front matter)' | '(YAML)' | '(SVG)';

/**
 * What one run of `npm run check` has found so far: its problems, the YAML it read (to place later
 * problems at their line) and how many files it read. File names are absolute here and repository-
 * relative in problems.
 */
export class ProblemLog {
	readonly errors: ContentProblem[] = [];
	/** Every YAML source read, by repository-relative file name. */
	readonly sources = new Map<string, YamlSource>();
	files = 0;

	constructor(private readonly root: string) {}

	/** A path as problems name it: relative to the repository, with forward slashes. */
	rel(path: string): string {
		return relative(this.root, path).split('\\').join('/');
	}

	/** A problem with a whole file, folder or part of a file. */
	add(file: string, field: FilePart, advice: Advice, line?: number): void {
		this.errors.push({ file: this.rel(file), line, field, what: advice.what, fix: advice.fix });
	}

	/** A problem with one field, placed at its line. */
	addAt(
		file: string,
		source: YamlSource,
		path: FieldPath,
		advice: Advice,
		shownAs: FieldPath = path,
	): void {
		this.errors.push({
			file: this.rel(file),
			line: source.lineOf(path),
			field: fieldName(shownAs),
			path,
			what: advice.what,
			fix: advice.fix,
		});
	}

	/** Reads a YAML file (or a story's front matter), reporting a syntax error or refused YAML (yaml-source.ts) instead of throwing. */
	readYaml(file: string, text: string, lineOffset = 0): YamlSource | undefined {
		this.files++;
		const source = parseYamlSource(text, lineOffset, yamlSizeLimitFor(file));
		if (isYamlSyntaxError(source)) {
			this.add(file, '(YAML)', source, source.line);
			return undefined;
		}
		this.sources.set(this.rel(file), source);
		return source;
	}

	/** Validates data against a schema; every issue becomes a problem at its field's line. */
	validate<S extends z.ZodType>(
		schema: S,
		data: unknown,
		file: string,
		source: YamlSource,
		prefix: (string | number)[] = [],
		/** How editors know the entry at `prefix`, when that differs: a list entry by its id. */
		shownPrefix: (string | number)[] = prefix,
	): z.output<S> | undefined {
		const result = schema.safeParse(data);
		if (result.success) return result.data;
		for (const issue of result.error.issues) {
			const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
			// An unknown field is reported at its own name and line.
			if (issue.code === 'unrecognized_keys' && issue.keys[0]) path.push(issue.keys[0]);
			const advice = adviceForIssue(issue, prefix.length ? (data as object) : data);
			if (path.length === 0) this.add(file, '(file)', advice, source.lineOf([]));
			else this.addAt(file, source, path, advice, [...shownPrefix, ...path.slice(prefix.length)]);
		}
		return undefined;
	}
}
