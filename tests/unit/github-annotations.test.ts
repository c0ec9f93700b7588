import { describe, expect, test } from 'vitest';
import { githubAnnotation } from '../../src/check/github-annotations';

const problem = {
	file: 'content/products/nan-silverware/facts.yaml',
	line: 2,
	field: 'province',
	what: { en: 'unknown province "nann"', th: 'ไม่รู้จักจังหวัด "nann"' },
	fix: { en: 'use one of the ids in content/provinces.yaml.', th: 'ใช้ id ที่มีอยู่' },
};

describe('githubAnnotation()', () => {
	test('names the file, line and field, with the message in English and then Thai', () => {
		expect(githubAnnotation(problem, 'error')).toBe(
			'::error file=content/products/nan-silverware/facts.yaml,line=2,title=province::' +
				'unknown province "nann" — use one of the ids in content/provinces.yaml.%0A' +
				'ไม่รู้จักจังหวัด "nann" — ใช้ id ที่มีอยู่',
		);
	});

	test('leaves out a line it does not know, and gives a warning for a translation gap', () => {
		const gap = { ...problem, line: undefined, field: '(file)' };
		expect(githubAnnotation(gap, 'warning')).toMatch(
			/^::warning file=content\/products\/nan-silverware\/facts\.yaml,title=\(file\)::/,
		);
	});

	test('escapes what would end the command or split its properties, so content cannot forge one', () => {
		const hostile = {
			...problem,
			file: 'content/a,b:c.yaml',
			field: 'x,line=1',
			what: { en: '100% sure\n::error file=x::forged', th: 'ก\r\nข' },
		};
		const line = githubAnnotation(hostile, 'error');
		expect(line.split('\n')).toHaveLength(1);
		expect(line).toContain('file=content/a%2Cb%3Ac.yaml,line=2,title=x%2Cline=1::');
		expect(line).toContain('100%25 sure%0A::error file=x::forged');
		expect(line).toContain('ก%0D%0Aข');
	});
});
