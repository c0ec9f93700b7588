import { describe, expect, test } from 'vitest';
import {
	capitalName,
	knownFor,
	listNames,
	registeredProducts,
	yearIn,
} from '../../src/lib/province-page';

describe('knownFor()', () => {
	const tea = { slug: 'nan-chiang-da-tea' };
	const silver = { slug: 'nan-silverware' };
	const cloth = { th: 'ผ้าทอน่าน', en: 'Nan handwoven cloth' };
	test('keeps the signature order, with the published product or only the names', () => {
		const province = { signatureProducts: ['nan-silverware', cloth, 'nan-chiang-da-tea'] };
		expect(knownFor(province, [tea, silver])).toEqual([
			{ product: silver },
			{ names: cloth },
			{ product: tea },
		]);
	});
	test('leaves out a slug with no published product instead of linking nowhere', () => {
		expect(knownFor({ signatureProducts: ['nan-silverware', 'gone'] }, [silver])).toEqual([
			{ product: silver },
		]);
	});
	test('is empty for a province with no signature products listed', () => {
		expect(knownFor({}, [tea])).toEqual([]);
	});
});

describe('capitalName()', () => {
	const nan = { id: 'nan', name: { th: 'น่าน', en: 'Nan' } };
	test('names the Mueang district after the province, in both languages', () => {
		expect(capitalName(nan, 'th')).toBe('อำเภอเมืองน่าน');
		expect(capitalName(nan, 'en')).toBe('Mueang Nan district');
	});
	test('Ayutthaya’s capital district carries the city’s name without "Mueang"', () => {
		const ayutthaya = {
			id: 'phra-nakhon-si-ayutthaya',
			name: { th: 'พระนครศรีอยุธยา', en: 'Phra Nakhon Si Ayutthaya' },
		};
		expect(capitalName(ayutthaya, 'th')).toBe('อำเภอพระนครศรีอยุธยา');
		expect(capitalName(ayutthaya, 'en')).not.toMatch(/Mueang/);
	});
	test('Bangkok, a city province, has no capital district', () => {
		expect(capitalName({ id: 'bangkok', name: { th: 'กรุงเทพมหานคร', en: 'Bangkok' } }, 'en')).toBe(
			undefined,
		);
	});
});

describe('listNames()', () => {
	test('joins names as each language writes a list', () => {
		expect(listNames(['tea', 'silver', 'cloth'], 'en')).toMatch(/^tea, silver,? and cloth$/);
		expect(listNames(['ชา', 'เครื่องเงิน', 'ผ้าทอ'], 'th')).toBe('ชา เครื่องเงิน และผ้าทอ');
		expect(listNames(['ชา'], 'th')).toBe('ชา');
	});
});

describe('registeredProducts()', () => {
	const gi = (th: string, story?: string) => ({
		name: { th, en: th },
		kind: 'crafts',
		about: { th, en: th },
		source: 'https://example.org/gi',
		...(story ? { story } : {}),
	});
	const silver = { slug: 'nan-silverware' };
	test('keeps the order of content/, with the published product of a linked story', () => {
		const province = { geographicalIndications: [gi('ก'), gi('ข', 'nan-silverware')] };
		const [first, second] = registeredProducts(province, [silver]);
		expect(first).toEqual(gi('ก'));
		expect(first).not.toHaveProperty('product');
		expect(second).toEqual({ ...gi('ข', 'nan-silverware'), product: silver });
	});
	test('shows a story slug with no published product without a link', () => {
		const [only] = registeredProducts({ geographicalIndications: [gi('ก', 'gone')] }, [silver]);
		expect(only).not.toHaveProperty('product');
	});
	test('is empty for a province with none listed', () => {
		expect(registeredProducts({}, [silver])).toEqual([]);
	});
});

describe('yearIn()', () => {
	test('counts the Buddhist era in Thai and the common era in English', () => {
		expect(yearIn(2018, 'th')).toBe('พ.ศ. 2561');
		expect(yearIn(2018, 'en')).toBe('2018');
	});
});
