import { describe, expect, it } from 'vitest';
import en from 'decap-cms-locales/src/en/index.js';
import th from 'decap-cms-locales/src/th/index.js';
import { mergeStrings, missingThaiStrings, type Strings } from '../../../src/cms/thai-interface';

function keys(strings: Strings, prefix = ''): string[] {
	return Object.entries(strings).flatMap(([key, value]) =>
		typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
	);
}

function at(strings: Strings, path: string): unknown {
	return path
		.split('.')
		.reduce<unknown>((node, key) => (node as Strings | undefined)?.[key], strings);
}

describe("the editor's Thai interface", () => {
	const thai = mergeStrings(th as Strings, missingThaiStrings);

	it('has every string the English interface has', () => {
		const missing = keys(en as Strings).filter((key) => typeof at(thai, key) !== 'string');
		expect(missing).toEqual([]);
	});

	it('adds only strings Decap knows (a misspelt key would never show)', () => {
		const unknown = keys(missingThaiStrings).filter(
			(key) => typeof at(en as Strings, key) !== 'string',
		);
		expect(unknown).toEqual([]);
	});

	it('keeps the placeholders of the English strings', () => {
		for (const key of keys(missingThaiStrings)) {
			const placeholders = (text: unknown) =>
				String(text)
					.match(/%\{\w+\}/g)
					?.sort() ?? [];
			expect(placeholders(at(thai, key)), key).toEqual(placeholders(at(en as Strings, key)));
		}
	});

	it('keeps what Decap already has in Thai where we add nothing', () => {
		expect(at(thai, 'auth.login')).toBe(at(th as Strings, 'auth.login'));
	});
});
