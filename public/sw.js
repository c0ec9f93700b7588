// Offline reading for Khong Dee. Pages a reader has visited, and their pictures, styles and
// fonts, are kept so they open again without a network. The search index is never cached
// (it is large and changes with every build); "Save for offline" on a journey asks for its page,
// pictures and GPX file to be kept.
//
// The site may share its origin with other projects (a GitHub project page lives at
// https://<user>.github.io/<repo>/, beside every other project of that user), so the cache is
// named for this project and this worker's scope, and only our own old caches are ever deleted.
const PREFIX = 'khong-dee-v2:';
const scope = new URL(self.registration.scope).pathname;
const CACHE = `${PREFIX}${scope}`;
/** Version 1 of this worker kept everything in one cache, named for no scope. */
const LEGACY_CACHE = 'khong-dee-v1';

// The cache is bounded, oldest entries out first. A page with its styles, script, fonts and
// pictures is 5–15 entries and 50–500 kB, so 200 entries keep the last few dozen pages read
// (and a saved journey: its page, a dozen pictures and a GPX file, is well under both bounds).
// 50 MB stays far below what browsers grant an origin, which this site may share with others,
// and keeps a phone's storage for the reader.
const MAX_ENTRIES = 200;
const MAX_BYTES = 50 * 1024 * 1024;
// Tests register `sw.js?max-entries=…&max-bytes=…` to reach the bounds with a few requests. They
// can only be lowered; the site registers plain `sw.js`.
const lowered = (name, limit) => {
	const value = Number(new URL(self.location.href).searchParams.get(name));
	return value > 0 ? Math.min(value, limit) : limit;
};
const maxEntries = lowered('max-entries', MAX_ENTRIES);
const maxBytes = lowered('max-bytes', MAX_BYTES);

// What the cache does not say itself, kept on each stored response: its body's size, when it was
// stored (for "oldest first") and whether the reader saved it on purpose.
const BYTES = 'X-Khong-Dee-Bytes';
const STORED = 'X-Khong-Dee-Stored';
const SAVED = 'X-Khong-Dee-Saved';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((names) => Promise.all(names.filter(isOurOldCache).map((name) => caches.delete(name))))
			.then(() => self.clients.claim()),
	);
});

/** Another version's cache for this same scope; never another project's or another scope's. */
function isOurOldCache(name) {
	if (name === CACHE) return false;
	// Version 1's cache cannot tell whose it was, but only this worker wrote it, and it grew without bound.
	if (name === LEGACY_CACHE) return true;
	const match = /^khong-dee-v\d+:(.*)$/.exec(name);
	return match !== null && match[1] === scope;
}

/** Files whose names change when their content does: safe to serve from the cache first. */
const immutable = (path) =>
	path.startsWith(`${scope}_astro/`) || path.startsWith(`${scope}_fonts/`);

/** A page is the same page whatever its query string (`?q=`, `?utm_source=`): kept once, by its address without it. */
const pageKey = (url) => {
	const key = new URL(url);
	key.search = '';
	key.hash = '';
	return key.href;
};
const isPageRequest = (request) =>
	request.mode === 'navigate' || /text\/html/.test(request.headers.get('Accept') ?? '');
const isPageResponse = (response) => /^text\/html/.test(response.headers.get('Content-Type') ?? '');
const keyFor = (request, response) =>
	isPageRequest(request) || isPageResponse(response) ? pageKey(request.url) : request.url;

self.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (
		request.method !== 'GET' ||
		url.origin !== self.location.origin ||
		url.pathname.startsWith(`${scope}pagefind/`)
	)
		return;
	if (immutable(url.pathname)) {
		event.respondWith(lookUp(request.url).then((hit) => hit ?? fetchAndKeep(event)));
	} else {
		// Pages and everything else: the network first, so readers see the latest; the cache when offline.
		event.respondWith(
			fetchAndKeep(event).catch(async () => {
				const hit =
					(await lookUp(request.url)) ??
					(isPageRequest(request) ? await lookUp(pageKey(request.url)) : undefined);
				return hit ?? (await lookUp(`${scope}404.html`)) ?? Response.error();
			}),
		);
	}
});

async function lookUp(key) {
	return (await caches.open(CACHE)).match(key, { ignoreVary: true });
}

/** Fetches for the page and keeps a copy once the page has its response. */
async function fetchAndKeep(event) {
	const response = await fetch(event.request);
	if (keepable(response)) {
		const copy = response.clone();
		event.waitUntil(
			copy
				.blob()
				.then((body) =>
					keep([{ key: keyFor(event.request, response), response: copy, body }], false),
				),
		);
	}
	return response;
}

// A redirected response would be served later under the address that was asked for, not the final one.
const keepable = (response) => response.ok && response.type === 'basic' && !response.redirected;

// Writes, and the index of what is kept, go through one queue: fetches end in any order and at once.
let queue = Promise.resolve();
const inTurn = (task) => {
	const run = queue.then(task);
	queue = run.catch(() => undefined);
	return run;
};

/** key → { bytes, stored, saved } for every entry of CACHE; read from the cache once per worker start. */
let index;
async function readIndex(cache) {
	if (!index) {
		const read = new Map();
		for (const request of await cache.keys()) {
			const headers = (await cache.match(request, { ignoreVary: true }))?.headers;
			read.set(request.url, {
				bytes: Number(headers?.get(BYTES) ?? headers?.get('Content-Length')) || 0,
				stored: Number(headers?.get(STORED)) || 0,
				saved: headers?.get(SAVED) === '1',
			});
		}
		index = read;
	}
	return index;
}

let clock = 0;
/** Milliseconds, but never the same twice, so "oldest" is always well defined. */
const now = () => (clock = Math.max(clock + 1, Date.now()));

/** Stores the entries (`{ key, response, body }`), then evicts the oldest others until the cache is within its bounds. */
function keep(entries, saved) {
	return inTurn(async () => {
		const cache = await caches.open(CACHE);
		const kept = await readIndex(cache);
		const fresh = new Set();
		for (const { key, response, body } of entries) {
			// One file larger than the whole bound would push everything else out: not kept.
			if (body.size > maxBytes) continue;
			const entry = {
				bytes: body.size,
				stored: now(),
				saved: saved || kept.get(key)?.saved === true,
			};
			const headers = new Headers(response.headers);
			headers.set(BYTES, String(entry.bytes));
			headers.set(STORED, String(entry.stored));
			if (entry.saved) headers.set(SAVED, '1');
			await cache.put(
				key,
				new Response(body, { status: response.status, statusText: response.statusText, headers }),
			);
			kept.set(key, entry);
			fresh.add(key);
		}
		await trim(cache, kept, fresh);
	});
}

/**
 * Evicts the oldest entries until both bounds hold: first what was merely visited, then what the
 * reader saved. What was just stored is never evicted by its own write, so a saved journey fits.
 */
async function trim(cache, kept, fresh) {
	let bytes = 0;
	for (const entry of kept.values()) bytes += entry.bytes;
	const within = () => kept.size <= maxEntries && bytes <= maxBytes;
	if (within()) return;
	const oldestFirst = [...kept]
		.filter(([key]) => !fresh.has(key))
		.sort(([, a], [, b]) => Number(a.saved) - Number(b.saved) || a.stored - b.stored);
	for (const [key, entry] of oldestFirst) {
		if (within()) break;
		await cache.delete(key, { ignoreVary: true });
		kept.delete(key);
		bytes -= entry.bytes;
	}
}

// "Save for offline": keep the listed URLs (a journey page, its pictures, its GPX file), all or none.
self.addEventListener('message', (event) => {
	if (event.data?.type !== 'save' || !Array.isArray(event.data.urls)) return;
	const urls = [
		...new Set(
			event.data.urls
				.map((u) => new URL(u, self.location.href))
				.filter((u) => u.origin === self.location.origin)
				.map((u) => u.href),
		),
	];
	event.waitUntil(
		save(urls).then(
			() => event.source?.postMessage({ type: 'saved', ok: true }),
			() => event.source?.postMessage({ type: 'saved', ok: false }),
		),
	);
});

async function save(urls) {
	const entries = await Promise.all(
		urls.map(async (url) => {
			const request = new Request(url);
			const response = await fetch(request);
			if (!response.ok) throw new Error(`${url}: ${response.status}`);
			return { key: keyFor(request, response), response, body: await response.blob() };
		}),
	);
	// All or none: the reader is told it is saved only when every file of it is kept.
	const refused = entries.find(({ response, body }) => !keepable(response) || body.size > maxBytes);
	if (refused) throw new Error(`${refused.key}: cannot be kept offline`);
	await keep(entries, true);
}
