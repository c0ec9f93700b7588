// decap-cms-locales ships its locale sources without types; tests/unit/cms/thai-interface.test.ts reads two.
declare module 'decap-cms-locales/src/*/index.js' {
	const strings: { [key: string]: unknown };
	export default strings;
}
