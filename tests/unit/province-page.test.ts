import { describe, expect, test } from 'vitest';
import { capitalName, knownFor, listNames } from '../../src/lib/province-page';

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
