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
	/**
	 * Where the online editor signs in to GitHub (Decap's `base_url`): unset, Netlify's OAuth service
	 * (a site on Netlify with GitHub set up as its OAuth provider); otherwise the https address of an
	 * OAuth client the site's owners run for it. The README says how to set each up.
	 */
	signInUrl(env: Record<string, string | undefined>): string | undefined {
		const url = env['CMS_OAUTH_BASE_URL'];
		if (url === undefined || url === '') return undefined;
		if (!/^https:\/\/[^/\s]+\/?$/.test(url))
			throw new Error(
				`CMS_OAUTH_BASE_URL must be an https origin such as https://auth.example.org, not "${url}".`,
			);
		return url.replace(/\/$/, '');
	},
} as const;

/** The editor files Decap loads: its script, its numbered chunks and its WebAssembly (no source maps). */
export function isDecapFile(name: string): boolean {
	return /^(?:decap-cms\.js|\d+\.decap-cms\.js|[0-9a-f]+\.wasm)$/.test(name);
}
