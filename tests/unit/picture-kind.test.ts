import { describe, expect, test } from 'vitest';
import { kindFromBytes, kindFromName, pictureKindProblem } from '../../src/check/picture-kind';

const bytes = (...parts: (string | number[])[]) =>
	new Uint8Array(
		parts.flatMap((part) =>
			typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part,
		),
	);

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
		['nothing', bytes()],
	])('knows %s is no picture', (_name, head) => {
		expect(kindFromBytes(head)).toBeUndefined();
	});
});

describe('pictureKindProblem()', () => {
	test('refuses an SVG named as a photograph, and a non-picture named as one, in both languages', () => {
		const svgAsPng = pictureKindProblem(
			'content/products/x/fig.png',
			bytes('<svg><script>alert(1)</script></svg>'),
		);
		expect(svgAsPng?.what.en).toBe('the file is named as PNG but its contents are an SVG file');
		expect(svgAsPng?.what.th).toMatch(/\p{Script=Thai}/u);
		expect(
			pictureKindProblem('content/products/x/fig.jpg', bytes('import("node:fs")'))?.what.en,
		).toBe('the file is named as JPEG but its contents are not a picture');
		expect(pictureKindProblem('content/products/x/cover.svg', bytes('<svg/>'))).toBeUndefined();
		expect(
			pictureKindProblem('content/products/x/photo.JPG', bytes([0xff, 0xd8, 0xff])),
		).toBeUndefined();
		expect(kindFromName('en.md')).toBeUndefined();
	});
});
