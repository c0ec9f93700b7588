// How every tool of this project serves a built site, as any static host would: a folder's
// index.html, 404 for anything else, on 127.0.0.1. Used by the tests, the benchmarks and
// `npm run screenshots`.
import { createServer } from 'node:http';
import sirv from 'sirv';

/**
 * A static server on 127.0.0.1: its origin, and how to stop it.
 * @typedef {{ origin: string, close: () => Promise<void> }} StaticServer
 */

/**
 * Serves `dir`. `extra` answers a request first when it returns true (a test's own file on the
 * site's origin); `gzip` serves the `.gz` file written beside a file, as a host that compresses would.
 * @param {string} dir
 * @param {{
 *   extra?: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean,
 *   gzip?: boolean,
 * }} [options]
 * @returns {Promise<StaticServer>}
 */
export async function serveDir(dir, { extra, gzip = false } = {}) {
	const serve = sirv(dir, { dev: false, etag: true, gzip });
	const server = createServer((req, res) => {
		if (extra?.(req, res)) return;
		serve(req, res, () => {
			res.statusCode = 404;
			res.end();
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('The static server has no port.');
	return {
		origin: `http://127.0.0.1:${address.port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
