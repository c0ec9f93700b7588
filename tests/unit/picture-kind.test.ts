import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { kindFromBytes, kindFromName, pictureKindProblem } from '../../src/check/picture-kind';

const bytes = (...parts: (string | number[] | Uint8Array)[]) =>
	new Uint8Array(
		parts.flatMap((part) =>
			typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : [...part],
		),
	);
const hostileSvg =
	'<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" onload="alert(1)"><script>alert(2)</script></svg>';

describe('kindFromBytes()', () => {
	test.each([
		['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF')],
		['png', bytes('\x89PNG\r\n\x1a\n', [0, 0, 0, 13])],
		['webp', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 ')],
		['avif', bytes([0, 0, 0, 28], 'ftypavif', [0, 0, 0, 0], 'avifmif1')],
		['svg', bytes('<svg xmlns="http://www.w3.org/2000/svg"/>')],
		['svg', bytes([0xef, 0xbb, 0xbf], '\n  <?xml version="1.0"?><svg/>')],
	])('reads %s from its signature', (kind, head) => {
		expect(kindFromBytes(head)).toBe(kind);
	});

	test.each([
		['plain text', bytes('hello')],
		['HTML without a leading <', bytes('text <script>')],
		['UTF-16 SVG', bytes([0xff, 0xfe], '<\0s\0v\0g\0')],
		['a GIF', bytes('GIF89a')],
		['a WebP box without VP8', bytes('RIFF', [1, 2, 3, 4], 'WEBPJUNK')],
		[
			'an ftyp whose main brand is not AVIF',
			bytes([0, 0, 0, 28], 'ftypisom', [0, 0, 0, 0], 'avif'),
		],
		['nothing', bytes()],
	])('knows %s is no picture it accepts', (_name, head) => {
		expect(kindFromBytes(head)).toBeUndefined();
	});
});

describe('pictureKindProblem()', () => {
	test('accepts real pictures of each kind, as Astro reads them', async () => {
		const pixels = sharp({ create: { width: 8, height: 8, channels: 3, background: '#c0392b' } });
		for (const [name, data] of [
			['photo.jpg', await pixels.clone().jpeg().toBuffer()],
			['photo.PNG', await pixels.clone().png().toBuffer()],
			['photo.webp', await pixels.clone().webp().toBuffer()],
			['photo.avif', await pixels.clone().avif().toBuffer()],
			['cover.svg', readFileSync('content/products/nan-silverware/cover.svg')],
		] as const) {
			expect(await pictureKindProblem(`content/x/${name}`, data), name).toBeUndefined();
		}
	});

	test.each([
		[
			'an SVG named .png',
			'fig.png',
			bytes(hostileSvg),
			'named as PNG but its contents are an SVG file',
		],
		[
			'an SVG that starts like an AVIF (ftyp in a comment)',
			'poly.avif',
			bytes('<!--ftypisom avif mif1-->\n', hostileSvg),
			'named as AVIF but its contents are an SVG file',
		],
		[
			'an SVG behind a WebP box without VP8',
			'evil.webp',
			bytes('RIFF', [1, 2, 3, 4], 'WEBPJUNK', hostileSvg),
			'named as WebP but its contents are an SVG file',
		],
		[
			'a script named .jpg',
			'run.jpg',
			bytes('import("node:fs")'),
			'named as JPEG but its contents are not a picture',
		],
		[
			'a PNG signature with nothing after it',
			'bad.png',
			bytes('\x89PNG\r\n\x1a\n', 'junk'),
			'the picture cannot be read',
		],
	])('refuses %s, in both languages', async (_name, file, data, what) => {
		const problem = await pictureKindProblem(`content/products/x/${file}`, data);
		expect(problem?.what.en).toContain(what);
		expect(problem?.what.th).toMatch(/\p{Script=Thai}/u);
		expect(problem?.file).toBe(`content/products/x/${file}`);
	});

	test('ignores files that are not pictures by name', async () => {
		expect(kindFromName('index.en.md')).toBeUndefined();
		expect(
			await pictureKindProblem('content/products/x/index.en.md', bytes('---')),
		).toBeUndefined();
	});
});
