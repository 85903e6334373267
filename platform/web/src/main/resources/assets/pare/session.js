// Shared by every PARE page: the signed-in person's token, the JSON API, small DOM helpers.
//
// The token lives in this tab's sessionStorage, put there by /login (platform/web). Pages are skeletons with no
// personal data; everything personal comes from the JSON API with the bearer token.
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

/** Sends the person to /login when there is no token; true when the page may go on. */
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

/**
 * Calls a JSON API with the bearer token: a path on this service, or a full URL of another PARE service. A network
 * failure throws a TypeError; an HTTP refusal an HttpError carrying the problem's detail.
 */
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

