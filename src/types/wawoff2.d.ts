// wawoff2 (Google's woff2 compiled to WebAssembly) ships no types.
declare module 'wawoff2' {
	/**
	 * Unpacks a WOFF2 font into TrueType/OpenType bytes. The result is a view of the module's memory,
	 * which the next call overwrites: use `woff2ToTtf` (src/lib/woff2.ts), which copies it out.
	 */
	export function decompress(woff2: Uint8Array): Promise<Uint8Array>;
}
