/**
 * Small drawing operations on raw 8-bit RGB pixels, done in place. Share images are drawn thousands
 * of times in a large build; these few loops cost a tenth of what sharp's general `composite` does
 * for the same layers.
 */
/** Three bytes a pixel (red, green, blue), row after row. */
export interface RgbImage {
	data: Uint8Array;
	width: number;
	height: number;
	channels: 3;
}

/** Four bytes a pixel: red, green, blue and straight (not premultiplied) alpha. */
export interface RgbaImage {
	data: Uint8Array;
	width: number;
	height: number;
	channels: 4;
}

/** Darkens each row by `opacity(y)` of black (0 leaves it, 1 makes it black). */
export function shadeRows(image: RgbImage, opacity: (y: number) => number): void {
	const rowBytes = image.width * 3;
	const { data } = image;
	for (let y = 0; y < image.height; y++) {
		// In 1/256ths, so the inner loop is integer arithmetic.
		const keep = Math.round((1 - opacity(y)) * 256);
		if (keep >= 256) continue;
		const end = (y + 1) * rowBytes;
		for (let i = y * rowBytes; i < end; i++) data[i] = (data[i]! * keep + 128) >> 8;
	}
}

/** Draws an RGBA layer (straight alpha) over the image with its top-left corner at (left, top), clipped to the image. */
export function blendOver(image: RgbImage, layer: RgbaImage, left: number, top: number): void {
	const { data } = image;
	for (let y = Math.max(0, -top); y < layer.height && top + y < image.height; y++) {
		for (let x = Math.max(0, -left); x < layer.width && left + x < image.width; x++) {
			const from = (y * layer.width + x) * 4;
			const alpha = layer.data[from + 3]!;
			if (alpha === 0) continue;
			const to = ((top + y) * image.width + left + x) * 3;
			for (let c = 0; c < 3; c++)
				data[to + c] = Math.round(
					(layer.data[from + c]! * alpha + data[to + c]! * (255 - alpha)) / 255,
				);
		}
	}
}

/** Darkens a rectangle with fully rounded ends (a pill), for a label that must read on any picture. */
export function darkenPill(
	image: RgbImage,
	box: { left: number; top: number; width: number; height: number },
	opacity: number,
): void {
	const radius = box.height / 2;
	for (let y = 0; y < box.height; y++) {
		for (let x = 0; x < box.width; x++) {
			// Outside the round ends: the distance to the nearest end's centre is more than the radius.
			const cx = Math.min(Math.max(x + 0.5, radius), box.width - radius);
			if ((x + 0.5 - cx) ** 2 + (y + 0.5 - radius) ** 2 > radius ** 2) continue;
			const px = box.left + x;
			const py = box.top + y;
			if (px < 0 || py < 0 || px >= image.width || py >= image.height) continue;
			const at = (py * image.width + px) * 3;
			for (let c = 0; c < 3; c++)
				image.data[at + c] = Math.round(image.data[at + c]! * (1 - opacity));
		}
	}
}
