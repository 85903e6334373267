import { api, el, requireSignIn, signOut, token } from "/assets/pare/session.js";

const SUPPRESSED = "Suppressed (fewer than 5)";

function table(caption, headers, rows, csvName) {
  const csv = rows.map((r) => r.map((c) => (typeof c === "object" && c !== null ? c.text : c)));
  const node = el(
    "table",
    { class: "nhsuk-table" },
    el("caption", { class: "nhsuk-table__caption nhsuk-table__caption--s", text: caption }),
    el("thead", { class: "nhsuk-table__head" }, el("tr", { class: "nhsuk-table__row" }, ...headers.map((h) => el("th", { class: "nhsuk-table__header", scope: "col", text: h })))),
    el(
      "tbody",
      { class: "nhsuk-table__body" },
      ...rows.map((r) =>
        el("tr", { class: "nhsuk-table__row" }, ...r.map((c) => (typeof c === "object" && c !== null ? el("td", { class: "nhsuk-table__cell " + (c.cls || ""), text: c.text }) : el("td", { class: "nhsuk-table__cell", text: String(c) })))),
      ),
    ),
  );
  const download = el("button", { class: "nhsuk-button nhsuk-button--secondary nhsuk-button--small", type: "button", text: `Download "${caption}" as CSV` });
  download.addEventListener("click", () => downloadCsv(csvName));
  return [node, download];
}

async function downloadCsv(path) {
  const response = await fetch(path, { headers: { Authorization: "Bearer " + token() } });
  const blob = await response.blob();
  const link = el("a", { href: URL.createObjectURL(blob), download: (response.headers.get("Content-Disposition") || "").split('"')[1] || "table.csv" });
  document.body.append(link);
  link.click();
  link.remove();
}

function pct(rate) {
  return rate === undefined || rate === null ? "" : Math.round(rate * 100) + "%";
}

function score(cell) {
  if (!cell || cell.suppressed) return { text: SUPPRESSED, cls: "pare-suppressed" };
  if (cell.value === undefined || cell.value === null) return { text: "No responses", cls: "pare-suppressed" };
  return { text: cell.value.toFixed(1), cls: "pare-heat__cell pare-heat__s" + Math.max(1, Math.min(5, Math.round(cell.value))) };
}

function quarters() {
  const now = new Date();
  const list = [];
  let y = now.getFullYear();
  let q = Math.floor(((now.getMonth() + 11) % 12) / 3) + 1;
  if (now.getMonth() === 0) y -= 1;
  for (let i = 0; i < 8; i++) {
    list.push(`${y}-Q${q}`);
    q -= 1;
    if (q === 0) { q = 4; y -= 1; }
  }
  return list;
}

async function returnRates() {
  const months = `from=${monthsAgo(11)}&to=${monthsAgo(0)}`;
  const byMonth = await api("GET", `/api/results/return-rates?by=month&${months}`);
  const svg = await fetch(`/api/results/return-rates.svg?${months}`, { headers: { Authorization: "Bearer " + token() } });
  document.getElementById("rate-chart").innerHTML = await svg.text();
  document.getElementById("rate-table").replaceChildren(
    ...table("Return rate by month", ["Month", "Invited", "Returned", "Return rate", "Target"],
      (byMonth.rows || []).map((r) => (r.suppressed ? [r.label, SUPPRESSED, SUPPRESSED, SUPPRESSED, pct(byMonth.target)] : [r.label, r.invited, r.returned, pct(r.rate), pct(byMonth.target)])),
      `/api/results/return-rates.csv?by=month&${months}`),
  );
  const byArea = await api("GET", `/api/results/return-rates?by=area&${months}`);
  const ranked = [...(byArea.rows || [])].sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1));
  document.getElementById("ranked-rate").replaceChildren(
    ...table("Areas by return rate, last 12 months", ["Area", "Site", "Invited", "Return rate"],
      ranked.map((r) => (r.suppressed ? [r.label, r.parent, { text: SUPPRESSED, cls: "pare-suppressed" }, { text: SUPPRESSED, cls: "pare-suppressed" }] : [r.label, r.parent, r.invited, r.rate === undefined ? "No invitations" : pct(r.rate)])),
      `/api/results/return-rates.csv?by=area&${months}`),
  );
}

function monthsAgo(n) {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - n);
  return d.toISOString().slice(0, 7);
}

async function scores(quarter) {
  const s = await api("GET", `/api/results/scores?quarter=${quarter}`);
  const rows = [...s.areas, s.trust, s.allAreas];
  const ranked = [...s.areas].sort((a, b) => (b.themes[s.headline]?.value ?? -1) - (a.themes[s.headline]?.value ?? -1));
  document.getElementById("ranked-score").replaceChildren(
    ...table(`Would recommend, ${quarter}`, ["Area", "Responses", "Score"],
      ranked.map((r) => [r.name, r.responses.suppressed ? { text: SUPPRESSED, cls: "pare-suppressed" } : r.responses.responses, score(r.themes[s.headline])]),
      `/api/results/scores.csv?quarter=${quarter}`),
  );
  document.getElementById("heat-map").replaceChildren(
    ...table(`Theme scores, ${quarter}`, ["Area", ...s.themes.map((t) => t.title)],
      rows.map((r) => [r.name, ...s.themes.map((t) => score(r.themes[t.key]))]),
      `/api/results/scores.csv?quarter=${quarter}`),
  );
  document.getElementById("heat-map").firstChild.classList.add("pare-heat");
}

function byArea(signals) {
  const areas = new Map();
  signals.forEach((s) => {
    const row = areas.get(s.areaId) || [s.areaName, s.themes.join(", "), 0];
    row[2] += 1;
    areas.set(s.areaId, row);
  });
  return [...areas.values()];
}

function agreement(action) {
  if (!action.agreements || action.agreements.length === 0) return "Not yet agreed";
  return action.agreements
    .map((g) => `${g.universityName || "University"}: ${g.decision === "AGREED" ? "agreed" : "commented: " + g.comment}${g.beforeLastChange ? " (before the last change)" : ""}`)
    .join("; ");
}

async function flagsAndActions() {
  const flags = await api("GET", "/api/support-flags");
  document.getElementById("flags").replaceChildren(
    flags.length === 0
      ? el("p", { class: "nhsuk-body", text: "No open flags." })
      : table("Open support flags", ["Raised", "Reasons", "State", "Assigned to"],
          flags.map((f) => [f.raisedAt.slice(0, 10), f.reasons.join(", "), f.state, f.assignedTo || "Nobody yet"]), null)[0],
  );
  const environment = await api("GET", "/api/environment-signals");
  document.getElementById("environment").replaceChildren(
    environment.length === 0
      ? el("p", { class: "nhsuk-body", text: "No learners on areas in the bottom share." })
      : table("Environment signals", ["Area", "Themes", "Learners there now"], byArea(environment), null)[0],
  );
  const overdue = await api("GET", "/api/actions/overdue");
  document.getElementById("overdue").replaceChildren(
    overdue.length === 0
      ? el("p", { class: "nhsuk-body", text: "No overdue actions." })
      : table("Overdue area actions", ["Due", "Action", "Owner", "Status", "University"], overdue.map((a) => [a.dueOn, a.description, a.owner, a.status, agreement(a)]), null)[0],
  );
}

async function load() {
  const status = document.getElementById("status");
  const quarter = document.getElementById("quarter").value;
  try {
    await Promise.all([returnRates(), scores(quarter), flagsAndActions()]);
    status.textContent = `Showing ${quarter}.`;
  } catch (e) {
    status.textContent = "The dashboard could not be loaded: " + e.message;
  }
}

if (requireSignIn()) {
  document.getElementById("sign-out").addEventListener("click", () => signOut());
  const select = document.getElementById("quarter");
  quarters().forEach((q) => select.append(el("option", { value: q, text: q })));
  document.getElementById("period-form").addEventListener("submit", (e) => {
    e.preventDefault();
    load();
  });
  load();
}
