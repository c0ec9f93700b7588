import { describe, expect, test } from 'vitest';
import {
	groupByProvince,
	provinceProducts,
	provincesByRegion,
} from '../../../src/lib/catalog/provinces';
import { regions } from '../../../src/schemas/region';
import { province } from './fixtures';

const nan = province('nan', 'น่าน', 'Nan', 'north').data;
const yala = province('yala', 'ยะลา', 'Yala', 'south').data;
const phuket = province('phuket', 'ภูเก็ต', 'Phuket', 'south').data;

describe('provincesByRegion()', () => {
	test('lists every region in order, each sorted by name in the page language', () => {
		const provinces = [yala, phuket, nan];
		const groups = provincesByRegion(provinces, regions, 'en');
		expect(groups.map((g) => g.region)).toEqual([...regions]);
		expect(groups.find((g) => g.region === 'south')!.provinces.map((p) => p.id)).toEqual([
			'phuket',
			'yala',
		]);
		expect(groups.find((g) => g.region === 'east')!.provinces).toEqual([]);
		// Thai order: ภ before ย.
		expect(
			provincesByRegion(provinces, regions, 'th')
				.find((g) => g.region === 'south')!
				.provinces.map((p) => p.id),
		).toEqual(['phuket', 'yala']);
	});
});

describe('groupByProvince()', () => {
	test('groups items under their province, north before south, then by name', () => {
		const items = [
			{ slug: 'betong-chicken', province: yala },
			{ slug: 'phuket-pearls', province: phuket },
			{ slug: 'nan-silverware', province: nan },
			{ slug: 'yala-simaya-cloth', province: yala },
		];
		const groups = groupByProvince(items, (i) => i.province, regions, 'en');
		expect(groups.map((g) => [g.province.id, g.items.map((i) => i.slug)])).toEqual([
			['nan', ['nan-silverware']],
			['phuket', ['phuket-pearls']],
			['yala', ['betong-chicken', 'yala-simaya-cloth']],
		]);
	});
});

describe('provinceProducts()', () => {
	test('puts the signature products first, in the listed order, and names those without a story', () => {
		const nanWithList = {
			...nan,
			signatureProducts: [
				'nan-silverware',
				{ th: 'ชาเชียงดา', en: 'Chiang Da tea' },
				'nan-handwoven-cloth',
			],
		};
		const items = [
			{ slug: 'nan-handwoven-cloth', province: nanWithList },
			{ slug: 'nan-lacquer', province: nanWithList },
			{ slug: 'betong-chicken', province: yala },
			{ slug: 'nan-silverware', province: nanWithList },
		];
		const result = provinceProducts(nanWithList, items);
		expect(result.products.map((p) => p.slug)).toEqual([
			'nan-silverware',
			'nan-handwoven-cloth',
			'nan-lacquer',
		]);
		expect(result.signatureSlugs).toEqual(['nan-silverware', 'nan-handwoven-cloth']);
		expect(result.unwritten).toEqual([{ th: 'ชาเชียงดา', en: 'Chiang Da tea' }]);
	});
});
