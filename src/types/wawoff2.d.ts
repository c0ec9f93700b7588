// wawoff2 (Google's woff2 compiled to WebAssembly) ships no types.
declare module 'wawoff2' {
	/** Unpacks a WOFF2 font into TrueType/OpenType bytes. */
	export function decompress(woff2: Uint8Array): Promise<Uint8Array>;
}
