// The learner's offline page shell. A learner on a ward with no signal can open the home and capture pages
// they have opened before: pages, scripts and styles come from the network when it answers within a few
// seconds, else from this cache. The JSON API is never cached here: captures wait in IndexedDB (app.js).
const CACHE = "pare-learner-shell-v1";
const SHELL = [
  "/learner",
  "/learner/capture",
  "/assets/learner/app.js",
  "/assets/learner/home.js",
  "/assets/learner/capture.js",
  "/assets/pare/session.js",
  "/assets/pare/pare.css",
  "/assets/nhsuk/nhsuk-frontend.min.css",
];
const PATIENCE_MS = 4000;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SHELL))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith("pare-learner-") && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

function isShell(url) {
  return url.origin === self.location.origin && (url.pathname.startsWith("/learner") || url.pathname.startsWith("/assets/"));
}

async function networkThenCache(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await Promise.race([
      fetch(request),
      new Promise((_, reject) => setTimeout(() => reject(new Error("slow network")), PATIENCE_MS)),
    ]);
    if (response.ok) {
      await cache.put(request, response.clone());
    }
    return response;
  } catch (e) {
    const cached = await cache.match(request, { ignoreSearch: true });
    if (cached) return cached;
    throw e;
  }
}

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method === "GET" && isShell(url)) {
    event.respondWith(networkThenCache(event.request));
  }
});
