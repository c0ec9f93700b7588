import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { contentAdvice } from '../editor-messages/content';
import type { EntryLike } from '../lib/catalog';
import type { FieldPath } from '../lib/content-problem';
import { isPlainFile } from './content-files';
import type { ProblemLog } from './problem-log';
import type { YamlSource } from './yaml-source';

/** An entry read by the check: its data, where it came from, and the YAML to place problems at lines. */
export interface Loaded<T> extends EntryLike<T> {
	source: YamlSource;
	filePath: string;
}

/** Reads and validates a list file (`provinces.yaml`, `categories.yaml`): entries with ids that must be unique. */
export function readList<T extends { id: string }>(
	log: ProblemLog,
	contentRoot: string,
	name: string,
	schema: z.ZodType<T>,
): Loaded<T>[] {
	const file = join(contentRoot, name);
	if (!isPlainFile(file)) {
		log.add(file, '(file)', contentAdvice.missingListFile());
		return [];
	}
	const source = log.readYaml(file, readFileSync(file, 'utf8'));
	if (!source || !Array.isArray(source.data)) return [];
	const seen = new Map<string, number>();
	return source.data.flatMap((item, index) => {
		// Problems name the entry by its id when it has a usable one (`nan.intro.th`), as editors know it.
		const id = (item as { id?: unknown } | null)?.id;
		const shown = typeof id === 'string' && /^[a-z0-9-]{1,80}$/.test(id) ? id : index;
		const data = log.validate(schema, item, file, source, [index], [shown]);
		if (!data) return [];
		const first = seen.get(data.id);
		if (first !== undefined) {
			log.addAt(file, source, [index, 'id'], contentAdvice.duplicateId(data.id, first));
			return [];
		}
		seen.set(data.id, index);
		const lineOf = (path: FieldPath) => source.lineOf([index, ...path]);
		return [{ id: data.id, data, source, filePath: log.rel(file), lineOf }];
	});
}
