import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { finishIncrementalBuild, startIncrementalBuild } from '../lib/incremental-guard';

/** Keeps Astro's incremental build from reusing what a build that stopped left (src/lib/incremental-guard.ts). */
export function incrementalGuard(): AstroIntegration {
	let cacheDir = '';
	return {
		name: 'khong-dee:incremental-guard',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = fileURLToPath(config.cacheDir);
			},
			'astro:build:start': ({ logger }) => {
				if (startIncrementalBuild(cacheDir))
					logger.info('the last build did not finish: every page is rendered again');
			},
			'astro:build:done': () => finishIncrementalBuild(cacheDir),
		},
	};
}
