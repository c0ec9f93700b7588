// Offline reading for Khong Dee. Pages a reader has visited, and their pictures, styles and
// fonts, are kept so they open again without a network. The search index is never cached
// (it is large and changes with every build); "Save for offline" on a journey asks for its page,
// pictures and GPX file to be kept.
const CACHE = 'khong-dee-v1';
const scope = new URL(self.registration.scope).pathname;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
			.then(() => self.clients.claim()),
	);
});

/** Files whose names change when their content does: safe to serve from the cache first. */
const immutable = (path) => path.startsWith(`${scope}_astro/`) || path.startsWith(`${scope}_fonts/`);

self.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith(`${scope}pagefind/`)) return;
	if (immutable(url.pathname)) {
		event.respondWith(caches.match(request).then((hit) => hit ?? fetchAndKeep(request)));
	} else {
		// Pages and everything else: the network first, so readers see the latest; the cache when offline.
		event.respondWith(fetchAndKeep(request).catch(() => caches.match(request).then((hit) => hit ?? caches.match(`${scope}404.html`)).then((hit) => hit ?? Response.error())));
	}
});

async function fetchAndKeep(request) {
	const response = await fetch(request);
	if (response.ok && response.type === 'basic') {
		const cache = await caches.open(CACHE);
		await cache.put(request, response.clone());
	}
	return response;
}

// "Save for offline": keep the listed URLs (a journey page, its pictures, its GPX file).
self.addEventListener('message', (event) => {
	if (event.data?.type !== 'save' || !Array.isArray(event.data.urls)) return;
	const urls = event.data.urls.filter((u) => new URL(u, self.location.href).origin === self.location.origin);
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(urls))
			.then(
				() => event.source?.postMessage({ type: 'saved', ok: true }),
				() => event.source?.postMessage({ type: 'saved', ok: false }),
			),
	);
});
