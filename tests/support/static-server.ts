import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** A static server on 127.0.0.1: its origin, and how to stop it. */
export interface StaticServer {
	origin: string;
	close: () => Promise<void>;
}

/**
 * Serves `dir` like any static host would (a folder's `index.html`, 404 for anything else).
 * `extra` answers a request first when it returns true: a test's own file on the site's origin.
 */
export async function serveDir(
	dir: string,
	extra?: (req: IncomingMessage, res: ServerResponse) => boolean,
): Promise<StaticServer> {
	const serve = sirv(dir, { dev: false, etag: true });
	const server = createServer((req, res) => {
		if (extra?.(req, res)) return;
		serve(req, res, () => {
			res.statusCode = 404;
			res.end();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
