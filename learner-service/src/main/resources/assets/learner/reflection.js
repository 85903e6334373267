// One reflection of the learner's: read it, submit it, share it with supervisors for feedback or sign-off.
import { api, el, newKey, requireSignIn, ROLE_NAMES } from "./app.js";

const TAGS = {
  DRAFT: ["Draft", "nhsuk-tag--grey", "Only you can see it. Submit it when it is ready to share."],
  SUBMITTED: ["Submitted", "nhsuk-tag--blue", "Share it with a supervisor for feedback or sign-off."],
  SHARED: ["Shared", "nhsuk-tag--purple", "Waiting for your supervisor. You can share it with someone else too."],
  RETURNED: ["Returned", "nhsuk-tag--orange", "Returned to you with a comment. Change it if you need to, then submit it again."],
  SIGNED_OFF: ["Signed off", "nhsuk-tag--green", "Signed off. The record is locked: a correction is a new reflection."],
};
// a reflection is shared with the people who supervise or assess the learner, not with the academic assessor
const SHARES_WITH = ["PRACTICE_SUPERVISOR", "PRACTICE_ASSESSOR"];
const id = location.pathname.split("/").pop();
let names = new Map();

function problem(text) {
  document.getElementById("problem-text").textContent = text;
  const box = document.getElementById("problem");
  box.hidden = false;
  box.focus();
}

function date(iso) {
  return new Date(iso.length === 10 ? iso + "T12:00:00" : iso).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
}

function offline(e) {
  return e instanceof TypeError && /fetch|network/i.test(e.message);
}

function shown(field, value) {
  if (field && field.kind === "FLAG") return value === "true" ? "Yes" : "No";
  return value;
}

function render(r, template, people) {
  document.getElementById("loading").hidden = true;
  document.getElementById("problem").hidden = true;
  document.getElementById("reflection").hidden = false;
  document.getElementById("title").textContent = r.title;
  document.getElementById("date").textContent = date(r.date);
  const [label, tag, text] = TAGS[r.state];
  const state = document.getElementById("state");
  state.textContent = label;
  state.className = "nhsuk-tag " + tag;
  document.getElementById("state-text").textContent = text;
  const fields = new Map((template ? template.fields : []).map((f) => [f.key, f]));
  document.getElementById("answers").replaceChildren(
    ...Object.entries(r.answers).map(([k, v]) =>
      el(
        "div",
        { class: "nhsuk-summary-list__row" },
        el("dt", { class: "nhsuk-summary-list__key", text: fields.has(k) ? fields.get(k).label : k }),
        el("dd", { class: "nhsuk-summary-list__value pare-pre", text: shown(fields.get(k), v) }),
      ),
    ),
  );
  document.getElementById("submit").hidden = !(r.state === "DRAFT" || r.state === "RETURNED");
  const form = document.getElementById("share-form");
  form.hidden = !(r.state === "SUBMITTED" || r.state === "SHARED") || people.length === 0;
  document.getElementById("people").replaceChildren(
    ...people.map((p) =>
      el(
        "div",
        { class: "nhsuk-checkboxes__item" },
        el("input", { class: "nhsuk-checkboxes__input", id: "p-" + p.personId, name: "person", type: "checkbox", value: p.personId }),
        el("label", { class: "nhsuk-label nhsuk-checkboxes__label", for: "p-" + p.personId, text: `${p.name}, ${ROLE_NAMES[p.role].toLowerCase()}` }),
      ),
    ),
  );
  document.getElementById("shared-section").hidden = r.sharedWith.length === 0;
  document.getElementById("shared").replaceChildren(
    ...r.sharedWith.map((s) =>
      el("li", { class: "pare-card" }, el("span", { class: "pare-card__title", text: names.get(s.supervisorId) || "A supervisor" }), el("span", { class: "pare-card__meta", text: `${s.purpose === "SIGN_OFF" ? "For sign-off" : "For feedback"}, ${date(s.sharedAt)}` })),
    ),
  );
  document.getElementById("feedback-section").hidden = r.feedback.length === 0;
  document.getElementById("feedback").replaceChildren(
    ...r.feedback.map((f) =>
      el("li", { class: "pare-card" }, el("span", { class: "pare-card__title", text: `From ${names.get(f.supervisorId) || "a supervisor"}, ${date(f.givenAt)}` }), el("span", { class: "pare-card__meta", text: f.tags.join(", ").toLowerCase().replace(/_/g, " ") })),
    ),
  );
}

async function load() {
  try {
    const [r, templates, placements] = await Promise.all([
      api("GET", "/api/reflections/" + encodeURIComponent(id)),
      api("GET", "/api/reflection-templates"),
      api("GET", "/api/placements/mine"),
    ]);
    names = new Map(placements.flatMap((p) => p.people).map((p) => [p.personId, p.name]));
    const current = placements.find((p) => p.status === "ACTIVE") || placements[0];
    const people = current ? current.people.filter((p) => SHARES_WITH.includes(p.role)) : [];
    render(r, templates.find((t) => t.key === r.templateKey), people);
  } catch (e) {
    document.getElementById("loading").hidden = true;
    problem(e.status === 404 ? "There is no such reflection of yours." : offline(e) ? "You are offline. Open this reflection again when you are back online." : e.message);
  }
}

document.getElementById("submit").addEventListener("click", async () => {
  try {
    await api("POST", `/api/reflections/${id}/submit`, undefined, { "Idempotency-Key": newKey() });
    await load();
  } catch (e) {
    problem(offline(e) ? "You are offline: submit again when you are back online." : e.message);
  }
});

document.getElementById("share-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const form = event.target;
  const chosen = [...form.querySelectorAll("input[name=person]:checked")].map((i) => i.value);
  document.getElementById("people-group").classList.toggle("nhsuk-form-group--error", chosen.length === 0);
  document.getElementById("people-error").hidden = chosen.length > 0;
  if (chosen.length === 0) return;
  try {
    await api("POST", `/api/reflections/${id}/share`, { supervisorIds: chosen, purpose: form.purpose.value });
    await load();
    document.getElementById("state-text").focus();
  } catch (e) {
    problem(offline(e) ? "You are offline: share again when you are back online." : e.message);
  }
});

if (requireSignIn()) {
  load();
}
