// The learner's pages: the shared session helpers, and the outbox of reflections waiting to send.
import { api, el, HttpError, newKey, subject } from "/assets/pare/session.js";

// The offline page shell (sw.js, served at /sw.js so it covers /learner and its pages).
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("/sw.js").catch(() => {
    // without it the pages still work online, and captures still wait in IndexedDB once a page is open
  });
}

/** How the pages name the people around a placement. */
export const ROLE_NAMES = {
  PRACTICE_SUPERVISOR: "Practice supervisor",
  PRACTICE_ASSESSOR: "Practice assessor",
  ACADEMIC_ASSESSOR: "Academic assessor",
};

export { token, signIn, signOut, subject, requireSignIn, HttpError, api, today, newKey, el } from "/assets/pare/session.js";

// ---- Outbox: IndexedDB keeps every capture until the API has it; the idempotency key makes resending safe.

function openDb() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open("pare-learner", 1);
    request.onupgradeneeded = () => request.result.createObjectStore("outbox", { keyPath: "key" });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function store(mode, work) {
  const db = await openDb();
  return new Promise((resolve, reject) => {
    const tx = db.transaction("outbox", mode);
    const result = work(tx.objectStore("outbox"));
    tx.oncomplete = () => resolve(result.result !== undefined ? result.result : undefined);
    tx.onerror = () => reject(tx.error);
  });
}

export function pending() {
  return store("readonly", (s) => s.getAll()).then((items) =>
    (items || []).filter((i) => i.subject === subject()).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
  );
}

function put(item) {
  return store("readwrite", (s) => s.put(item));
}

function remove(key) {
  return store("readwrite", (s) => s.delete(key));
}

/** Keeps the capture on this phone first, then tries to send it. */
export async function capture(reflection, submit) {
  const item = {
    key: newKey(),
    subject: subject(),
    reflection,
    submit,
    createdAt: new Date().toISOString(),
    problem: null,
  };
  await put(item);
  await flush();
  return item.key;
}

let flushing = null;
const listeners = [];

/** Called with (sent, stillPending) after each attempt to send. */
export function onOutboxChange(listener) {
  listeners.push(listener);
}

/** Sends what is waiting, oldest first; stops at the first network failure and tries again later. */
export function flush() {
  if (!flushing) {
    flushing = doFlush().finally(() => {
      flushing = null;
    });
  }
  return flushing;
}

async function doFlush() {
  const sent = [];
  for (const item of await pending()) {
    if (item.problem) continue;
    try {
      const created = await api("POST", "/api/reflections", item.reflection, { "Idempotency-Key": item.key });
      if (item.submit && created.state === "DRAFT") {
        await api("POST", `/api/reflections/${created.id}/submit`, undefined, { "Idempotency-Key": item.key + "-submit" });
      }
      await remove(item.key);
      sent.push(item);
    } catch (e) {
      if (e instanceof HttpError && e.status !== 401 && e.status < 500 && e.status !== 408 && e.status !== 429) {
        item.problem = e.message;
        await put(item); // refused: kept, shown with the reason, never resent blindly
        continue;
      }
      break; // offline or the service is down: try again later
    }
  }
  const left = await pending();
  listeners.forEach((l) => l(sent, left));
  return left;
}

/** Shows the network state and resends when the network returns (and every 10 s while something waits). */
export function watchNetwork() {
  const status = document.getElementById("network");
  const show = () => {
    if (status) status.textContent = navigator.onLine ? "" : "You are offline. What you save is kept on this phone.";
  };
  window.addEventListener("online", () => {
    show();
    flush();
  });
  window.addEventListener("offline", show);
  show();
  setInterval(async () => {
    if ((await pending()).some((i) => !i.problem)) flush();
  }, 10000);
  flush();
}

export function renderOutbox(items) {
  const section = document.getElementById("outbox-section");
  const list = document.getElementById("outbox");
  if (!section || !list) return;
  list.replaceChildren(
    ...items.map((i) =>
      el(
        "li",
        { class: "pare-card", "data-idempotency-key": i.key },
        el("span", { class: "pare-card__title", text: i.reflection.title }),
        " ",
        el("strong", {
          class: "nhsuk-tag " + (i.problem ? "nhsuk-tag--red" : "nhsuk-tag--yellow"),
          text: i.problem ? "Not sent: " + i.problem : "Waiting to send",
        }),
      ),
    ),
  );
  section.hidden = items.length === 0;
}
