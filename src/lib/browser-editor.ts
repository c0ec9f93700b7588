/**
 * Where the browser editor's parts live on the site, shared by the admin page and the integration
 * that serves them (src/integrations/browser-editor.ts).
 */
export const browserEditor = {
	/** The editor's own files, copied from `node_modules/decap-cms/dist`. */
	decapFolder: 'admin/decap/',
	decapPath: 'admin/decap/decap-cms.js',
	/** Where `npm run dev` answers for Decap's local file server (decap-server, proxied). */
	localApiPath: 'admin/api/v1/',
	/** The port decap-server listens on, on 127.0.0.1 only. */
	localServerPort(env: Record<string, string | undefined>): number {
		return Number(env['CMS_LOCAL_PORT'] ?? 8081);
	},
	/**
	 * The GitHub repository (`owner/name`) the online editor saves to, as pull requests. Set
	 * `CMS_GITHUB_REPO` when building the site that is published; the README says how.
	 */
	repo(env: Record<string, string | undefined>): string {
		const repo = env['CMS_GITHUB_REPO'] ?? 'OWNER/REPOSITORY';
		if (!/^[\w.-]+\/[\w.-]+$/.test(repo))
			throw new Error(`CMS_GITHUB_REPO must be written owner/name, not "${repo}".`);
		return repo;
	},
} as const;

/** The editor files Decap loads: its script, its numbered chunks and its WebAssembly (no source maps). */
export function isDecapFile(name: string): boolean {
	return /^(?:decap-cms\.js|\d+\.decap-cms\.js|[0-9a-f]+\.wasm)$/.test(name);
}
