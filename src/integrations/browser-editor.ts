import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { browserEditor, isDecapFile } from '../lib/browser-editor';

const require = createRequire(import.meta.url);
const decapDist = dirname(require.resolve('decap-cms/dist/decap-cms.js'));

/**
 * Decap's local file server (decap-server) on 127.0.0.1:`port`, writing into `root`: the working tree
 * under `npm run dev`, a copy of the content in tests/browser/browser-editor.test.ts.
 */
export function spawnLocalServer(
	root: string,
	port: number,
	env: NodeJS.ProcessEnv = process.env,
	stdio: StdioOptions = ['ignore', 'inherit', 'inherit'],
): ChildProcess {
	return spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
		env: {
			...env,
			PORT: String(port),
			BIND_HOST: '127.0.0.1',
			MODE: 'fs',
			GIT_REPO_DIRECTORY: root,
			LOG_LEVEL: 'warn',
		},
		stdio,
	});
}

function startLocalServer(
	root: string,
	port: number,
	logger: AstroIntegrationLogger,
): ChildProcess {
	const child = spawnLocalServer(root, port);
	child.on('exit', (code) => {
		if (code) logger.warn(`decap-server stopped (exit ${code}): the editor cannot save.`);
	});
	logger.info(`browser editor: saving into ${root} through decap-server on 127.0.0.1:${port}`);
	return child;
}

/** Passes one request on to the local server, retrying while it starts. */
function forward(
	request: IncomingMessage,
	response: ServerResponse,
	port: number,
	tries = 20,
): void {
	const chunks: Buffer[] = [];
	request.on('data', (chunk: Buffer) => chunks.push(chunk));
	request.on('end', () => {
		const body = Buffer.concat(chunks);
		const send = (left: number) => {
			const out = httpRequest(
				{
					host: '127.0.0.1',
					port,
					path: '/api/v1',
					method: request.method,
					headers: { ...request.headers, host: `127.0.0.1:${port}` },
				},
				(answer) => {
					response.writeHead(answer.statusCode ?? 502, answer.headers);
					answer.pipe(response);
				},
			);
			out.on('error', () => {
				if (left > 0) setTimeout(() => send(left - 1), 250);
				else response.writeHead(502).end('decap-server did not answer');
			});
			out.end(body);
		};
		send(tries);
	});
}

/**
 * The browser editor's files and, under `npm run dev`, its local file server.
 * - Build: copies Decap CMS (its script, chunks and WebAssembly) from node_modules into
 *   `admin/decap/`, so the editor loads nothing from another host.
 * - Dev: serves the same files, and at the editor's first save or load starts decap-server (Decap's
 *   own local backend) on 127.0.0.1, writing into this working tree; the dev server passes it the
 *   requests to `/admin/api/v1/`, so the editor talks only to its own origin.
 */
export function browserEditorFiles(): AstroIntegration {
	let base = '/';
	let root = process.cwd();
	let server: ChildProcess | undefined;
	const port = browserEditor.localServerPort(process.env);
	return {
		name: 'khong-dee:browser-editor',
		hooks: {
			'astro:config:setup': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				root = fileURLToPath(config.root);
			},
			'astro:server:setup': ({ server: dev, logger }) => {
				const files = `${base}${browserEditor.decapFolder}`;
				const api = `${base}${browserEditor.localApiPath}`;
				dev.middlewares.use((request, response, next) => {
					const path = request.url?.split('?')[0] ?? '';
					if (path === api) {
						// Started on the editor's first request, not with every dev server (vitest starts one too).
						server ??= startLocalServer(root, port, logger);
						forward(request, response, port);
						return;
					}
					const name = path.startsWith(files) ? path.slice(files.length) : '';
					if (!isDecapFile(name)) return next();
					response.setHeader(
						'Content-Type',
						name.endsWith('.wasm') ? 'application/wasm' : 'text/javascript; charset=utf-8',
					);
					createReadStream(join(decapDist, name)).pipe(response);
				});
			},
			'astro:server:done': () => {
				server?.kill();
			},
			'astro:build:done': async ({ dir, logger }) => {
				const target = join(fileURLToPath(dir), browserEditor.decapFolder);
				await mkdir(target, { recursive: true });
				const files = (await readdir(decapDist)).filter(isDecapFile);
				await Promise.all(files.map((name) => copyFile(join(decapDist, name), join(target, name))));
				logger.info(
					`copied the browser editor (${files.length} files) to ${browserEditor.decapFolder}`,
				);
			},
		},
	};
}
