import { describe, expect, test } from 'vitest';
import { moreFromProvince } from '../../src/lib/more-from-province';

const province = (n: number) => Array.from({ length: n }, (_, i) => ({ slug: `p${i}` }));
const slugs = (list: { slug: string }[]) => list.map((p) => p.slug);

describe('moreFromProvince', () => {
	test('shows every other product when they fit, in the province order', () => {
		expect(slugs(moreFromProvince(province(3), 'p1', 6))).toEqual(['p0', 'p2']);
		expect(slugs(moreFromProvince(province(7), 'p3', 6))).toEqual([
			'p0',
			'p1',
			'p2',
			'p4',
			'p5',
			'p6',
		]);
	});

	test('shows the ones that follow it when they do not fit, wrapping round, in the province order', () => {
		expect(slugs(moreFromProvince(province(10), 'p2', 3))).toEqual(['p3', 'p4', 'p5']);
		expect(slugs(moreFromProvince(province(10), 'p8', 3))).toEqual(['p0', 'p1', 'p9']);
	});

	test('shows each product on as many other pages, never on its own', () => {
		const all = province(20);
		const shownOn = new Map<string, number>();
		for (const { slug } of all) {
			const shown = moreFromProvince(all, slug, 6);
			expect(shown).toHaveLength(6);
			expect(slugs(shown)).not.toContain(slug);
			for (const p of shown) shownOn.set(p.slug, (shownOn.get(p.slug) ?? 0) + 1);
		}
		expect(new Set(shownOn.values())).toEqual(new Set([6]));
	});

	test('shows nothing for the only product of its province', () => {
		expect(moreFromProvince(province(1), 'p0')).toEqual([]);
	});
});
