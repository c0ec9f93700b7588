import type { APIRoute } from 'astro';
import { withBase } from '../lib/localized-path';

/** Allows everything and points crawlers at the sitemap, on whatever origin `SITE_URL` names. */
export const GET: APIRoute = ({ site }) => {
	const sitemap = new URL(withBase('sitemap-index.xml'), site).href;
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
