// Service worker of the offline visit form (scope /field/). It keeps the app shell (page, scripts, style, icons,
// texts) in a cache so the form opens without a network; it never caches data (the visits and records live encrypted
// in IndexedDB) and never answers API calls from the cache, except the form's texts.
const CACHE = 'vigil-field-v1';
const SHELL = [
  '/field/index.html',
  '/field/manifest.webmanifest',
  '/field/icons/icon-192.png',
  '/field/icons/icon-512.png',
  '/resources/css/offline.css',
  '/resources/js/offline/app.js',
  '/resources/js/offline/api.js',
  '/resources/js/offline/queue.js',
  '/resources/js/offline/vault.js',
];
const TEXTS = '/api/v1/me/offline/texts';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((n) => n.startsWith('vigil-field-') && n !== CACHE).map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

/** A page answered by Vigil itself, not the sign-in page a lapsed session is sent to. */
const usable = (response) => response && response.ok && !response.redirected && response.type === 'basic';

async function shellFirst(request) {
  const cache = await caches.open(CACHE);
  const key = request.mode === 'navigate' ? '/field/index.html' : request;
  const cached = await cache.match(key, { ignoreSearch: request.mode === 'navigate' });
  const fresh = fetch(request).then((response) => {
    if (usable(response) && (request.mode !== 'navigate' || new URL(response.url).pathname === '/field/index.html')) {
      cache.put(key, response.clone());
    }
    return response;
  });
  if (cached) {
    fresh.catch(() => {});
    return cached;
  }
  return fresh;
}

async function textsNetworkFirst(request) {
  const cache = await caches.open(CACHE);
  const cacheKey = TEXTS + '?lang=' + (request.headers.get('Accept-Language') || 'vi');
  try {
    const response = await fetch(request);
    if (usable(response)) cache.put(cacheKey, response.clone());
    return response;
  } catch (e) {
    const cached = await cache.match(cacheKey);
    if (cached) return cached;
    throw e;
  }
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin || event.request.method !== 'GET') return;
  if (url.pathname === TEXTS) {
    event.respondWith(textsNetworkFirst(event.request));
  } else if (SHELL.includes(url.pathname) || (event.request.mode === 'navigate' && url.pathname.startsWith('/field/'))) {
    event.respondWith(shellFirst(event.request));
  }
});
