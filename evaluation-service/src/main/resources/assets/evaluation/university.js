// The placement office's page for area action plans: the areas where its university places learners, each action
// with the university's word on it, and "Agree" / "Comment" per action. A row updates in place after posting.
import { api, el, requireSignIn, signOut, today, token } from "/assets/pare/session.js";

const MAX_COMMENT = 1000;
const STATUS = { PLANNED: "Planned", IN_PROGRESS: "In progress", DONE: "Done", DROPPED: "Dropped" };
const status = document.getElementById("status");

/** The university named by the sign-in (claim org): its word is the one shown as "your university's". */
function university() {
  try {
    const part = token().split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    return JSON.parse(atob(part)).org || "";
  } catch (e) {
    return "";
  }
}

function formatDate(iso) {
  return new Date(iso.length === 10 ? iso + "T12:00:00" : iso).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
}

function formatTime(iso) {
  return new Date(iso).toLocaleString("en-GB", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" });
}

function theme(key) {
  const words = key.replace(/[_-]+/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function overdue(action) {
  return action.dueOn < today() && (action.status === "PLANNED" || action.status === "IN_PROGRESS");
}

function tag(colour, text) {
  return el("strong", { class: "nhsuk-tag nhsuk-tag--" + colour, text });
}

/** The university's agreement state: not yet agreed, agreed, commented, or changed since its word was given. */
function word(action) {
  const mine = (action.agreements || []).find((g) => g.universityId === university());
  const node = el("div", { id: "state-" + action.id, tabindex: "-1", class: "pare-action__state" });
  if (!mine) {
    node.append(tag("grey", "Not yet agreed"));
    return node;
  }
  const what = mine.decision === "AGREED" ? "Agreed" : "Commented";
  const said = `${what} by ${mine.by} on ${formatTime(mine.at)}`;
  if (mine.beforeLastChange) {
    node.append(tag("yellow", "Changed since agreement"), el("p", { class: "nhsuk-body-s nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0", text: `The trust changed this action after your university's word (${said.charAt(0).toLowerCase() + said.slice(1)}). It needs your agreement again.` }));
  } else {
    node.append(tag(mine.decision === "AGREED" ? "green" : "blue", what), el("p", { class: "nhsuk-body-s nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0", text: said + "." }));
  }
  if (mine.comment) node.append(el("p", { class: "nhsuk-body-s nhsuk-u-margin-bottom-0", text: "Comment: " + mine.comment }));
  return node;
}

function row(key, ...value) {
  return el("div", { class: "nhsuk-summary-list__row" }, el("dt", { class: "nhsuk-summary-list__key", text: key }), el("dd", { class: "nhsuk-summary-list__value" }, ...value));
}

function actionItem(action) {
  const late = overdue(action);
  const id = action.id;
  const heading = el("h3", { class: "nhsuk-heading-s nhsuk-u-margin-bottom-2", text: action.description });
  const due = [formatDate(action.dueOn)];
  if (late) due.push(" ", tag("red", "Overdue"));
  const list = el(
    "dl",
    { class: "nhsuk-summary-list" },
    row("Owner", action.owner),
    row("Due", ...due),
    row("Status", STATUS[action.status] || action.status),
    row("Themes", (action.themes || []).length ? action.themes.map(theme).join(", ") : "None linked"),
    row("You said, we did", action.youSaidWeDid || "Not written yet"),
    row("Your university", word(action)),
  );
  const error = el("p", { class: "nhsuk-error-message", id: "error-" + id, hidden: true });
  const comment = el("textarea", { class: "nhsuk-textarea", id: "comment-" + id, rows: "3", maxlength: String(MAX_COMMENT), "aria-describedby": `hint-${id} error-${id}` });
  const group = el(
    "div",
    { class: "nhsuk-form-group nhsuk-u-margin-bottom-3" },
    el("label", { class: "nhsuk-label", for: "comment-" + id, text: "Comment" }),
    el("div", { class: "nhsuk-hint", id: "hint-" + id, text: `Needed to comment, optional when you agree. Up to ${MAX_COMMENT} characters.` }),
    error,
    comment,
  );
  const agree = button("Agree", "", action);
  const remark = button("Comment", " nhsuk-button--secondary", action);
  const item = el("li", { class: "pare-action" + (late ? " pare-action--overdue" : ""), "data-id": id }, heading, list, group, el("div", { class: "pare-action__buttons" }, agree, remark));
  agree.addEventListener("click", () => send(item, action, "AGREED", comment, group, error));
  remark.addEventListener("click", () => send(item, action, "COMMENTED", comment, group, error));
  return item;
}

function button(text, extra, action) {
  return el("button", { class: "nhsuk-button nhsuk-button--small" + extra, type: "button" }, text, el("span", { class: "nhsuk-u-visually-hidden", text: ": " + action.description }));
}

function showError(group, error, comment, message) {
  group.classList.add("nhsuk-form-group--error");
  comment.classList.add("nhsuk-textarea--error");
  error.replaceChildren(el("span", { class: "nhsuk-u-visually-hidden", text: "Error:" }), " " + message);
  error.hidden = false;
  status.textContent = "There is a problem: " + message;
  comment.focus();
}

async function send(item, action, decision, comment, group, error) {
  const text = comment.value.trim();
  if (decision === "COMMENTED" && !text) return showError(group, error, comment, "Enter a comment saying what your university would change");
  if (text.length > MAX_COMMENT) return showError(group, error, comment, `Enter a comment of ${MAX_COMMENT} characters or fewer`);
  item.querySelectorAll("button").forEach((b) => (b.disabled = true));
  try {
    const saved = await api("POST", `/api/university/actions/${action.id}/agreement`, { decision, comment: text || null });
    const fresh = actionItem(saved);
    item.replaceWith(fresh);
    status.textContent = `${decision === "AGREED" ? "Agreed" : "Comment saved"}: ${saved.description}`;
    document.getElementById("state-" + saved.id).focus();
  } catch (e) {
    item.querySelectorAll("button").forEach((b) => (b.disabled = false));
    showError(group, error, comment, e instanceof TypeError ? "Not sent: check your connection and try again" : e.message);
  }
}

async function areaSection(area) {
  const headingId = "area-" + area.id;
  const actions = await api("GET", `/api/university/areas/${area.id}/actions`);
  return el(
    "section",
    { "aria-labelledby": headingId, class: "nhsuk-u-margin-bottom-6" },
    el("h2", { class: "nhsuk-heading-m nhsuk-u-margin-bottom-1", id: headingId, text: area.name }),
    el("p", { class: "nhsuk-body-s pare-muted", text: area.trustName || "" }),
    actions.length === 0 ? el("p", { class: "nhsuk-body", text: "No actions planned for this area yet." }) : el("ul", { class: "nhsuk-list" }, ...actions.map(actionItem)),
  );
}

/** The allocations that place learners in these areas are uploaded on learner-service's pages. */
function linkAllocations() {
  api("GET", "/api/links")
    .then((links) => {
      document.getElementById("allocations-link").href = links.learner + "/admin/allocations";
      document.getElementById("allocations-link-wrap").hidden = false;
    })
    .catch(() => {});
}

async function load() {
  try {
    const areas = await api("GET", "/api/university/areas");
    const sections = await Promise.all(areas.map(areaSection));
    document.getElementById("areas").replaceChildren(...sections);
    linkAllocations();
    status.textContent = areas.length === 0 ? "Your university has no learners placed in any area yet." : `Showing ${areas.length} ${areas.length === 1 ? "area" : "areas"}.`;
  } catch (e) {
    status.textContent = e.status === 403 ? "This page is for your university's placement office." : "The action plans could not be loaded: " + e.message;
  }
}

if (requireSignIn()) {
  document.getElementById("sign-out").addEventListener("click", () => signOut());
  load();
}
