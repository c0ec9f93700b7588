/**
 * The environment for a build started from a test. Vitest puts Vite's own variables (BASE_URL, MODE,
 * DEV, PROD, SSR) into process.env, and Astro would read them as its own: leave them out.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[key];
	return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
