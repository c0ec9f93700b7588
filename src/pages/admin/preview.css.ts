import type { APIRoute } from 'astro';
import siteStyles from '../../styles/global.css?raw';

/**
 * The site's own stylesheet for the browser editor's preview pane (CMS.registerPreviewStyle in
 * src/cms/admin.ts), as one file at a fixed address: the pages get it bundled under hashed names.
 */
export const GET: APIRoute = () =>
	new Response(siteStyles, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
