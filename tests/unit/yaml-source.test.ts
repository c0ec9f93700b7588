import { describe, expect, test } from 'vitest';
import { isYamlSyntaxError, parseYamlSource } from '../../src/check/yaml-source';

describe('parseYamlSource()', () => {
	const text = 'province: nan\nimage:\n  src: ./cover.svg\n  alt:\n    th: ภาพ\nstops:\n  - id: a\n  - id: b\n    day: 2\n';
	test('gives the line of a field, an item and a nested field', () => {
		const source = parseYamlSource(text);
		if (isYamlSyntaxError(source)) throw new Error(source.message);
		expect(source.lineOf(['province'])).toBe(1);
		expect(source.lineOf(['image', 'alt', 'th'])).toBe(5);
		expect(source.lineOf(['stops', 1, 'day'])).toBe(9);
	});
	test('falls back to the nearest existing parent for a missing field', () => {
		const source = parseYamlSource(text);
		if (isYamlSyntaxError(source)) throw new Error(source.message);
		expect(source.lineOf(['image', 'alt', 'en'])).toBe(4);
	});
	test('shifts lines for front matter and reports syntax errors with their line', () => {
		const broken = parseYamlSource('title: a\nsummary: "unclosed\n', 1);
		expect(isYamlSyntaxError(broken)).toBe(true);
		expect((broken as { line: number }).line).toBeGreaterThanOrEqual(2);
		const shifted = parseYamlSource('title: a\nsummary: b\n', 1);
		if (isYamlSyntaxError(shifted)) throw new Error(shifted.message);
		expect(shifted.lineOf(['summary'])).toBe(3);
	});
});
