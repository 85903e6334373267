// Shared by the learner's pages: the token, the JSON API, and the outbox of reflections waiting to send.
//
// Sign-in is temporary: /login keeps a pasted bearer token in sessionStorage (see README, "not yet").
const TOKEN = "pare.token";

export function token() {
  return sessionStorage.getItem(TOKEN);
}

export function signIn(value) {
  sessionStorage.setItem(TOKEN, value.trim());
}

export function signOut() {
  sessionStorage.removeItem(TOKEN);
}

/** The token's subject, so one phone's outbox never sends one learner's drafts with another's token. */
export function subject() {
  try {
    const part = token().split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    return JSON.parse(atob(part)).sub || "";
  } catch (e) {
    return "";
  }
}

/** Sends the learner to /login when there is no token; true when the page may go on. */
export function requireSignIn() {
  if (!token()) {
    location.assign("/login?next=" + encodeURIComponent(location.pathname));
    return false;
  }
  return true;
}

export class HttpError extends Error {
  constructor(status, detail) {
    super(detail || "HTTP " + status);
    this.status = status;
  }
}

/** Calls the JSON API with the bearer token. A network failure throws a TypeError; an HTTP refusal an HttpError. */
export async function api(method, path, body, headers = {}) {
  const response = await fetch(path, {
    method,
    headers: Object.assign(
      { Accept: "application/json", Authorization: "Bearer " + token() },
      body === undefined ? {} : { "Content-Type": "application/json" },
      headers,
    ),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401) {
    signOut();
    location.assign("/login?next=" + encodeURIComponent(location.pathname));
    throw new HttpError(401, "Your sign-in has expired");
  }
  if (!response.ok) {
    let detail = "";
    try {
      detail = (await response.json()).detail || "";
    } catch (e) {
      // not problem+json
    }
    throw new HttpError(response.status, detail);
  }
  return response.status === 204 ? null : response.json();
}

export function today() {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 10);
}

export function newKey() {
  if (crypto.randomUUID) {
    return crypto.randomUUID();
  }
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v === null || v === undefined) continue;
    if (k === "text") node.textContent = v;
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) node.append(c);
  return node;
}

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
