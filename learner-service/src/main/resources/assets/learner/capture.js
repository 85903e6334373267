import { api, capture, el, onOutboxChange, pending, renderOutbox, requireSignIn, today, watchNetwork } from "./app.js";

const TEMPLATES = "pare.templates";
let template = null;

/** The quick-capture template comes from the API; the last copy is kept so the page works offline too. */
async function loadTemplate() {
  let all;
  try {
    all = await api("GET", "/api/reflection-templates");
    localStorage.setItem(TEMPLATES, JSON.stringify(all));
  } catch (e) {
    all = JSON.parse(localStorage.getItem(TEMPLATES) || "[]");
  }
  template = all.find((t) => t.isDefault) || null;
  const target = document.getElementById("fields");
  if (!template) {
    target.replaceChildren(el("p", { class: "nhsuk-body", text: "Write a title now; add the rest when you are back online." }));
    return;
  }
  target.replaceChildren(...template.fields.map(field));
}

function field(f) {
  const id = "answer-" + f.key;
  const hintId = f.hint ? id + "-hint" : null;
  const hint = f.hint ? [el("div", { class: "nhsuk-hint", id: hintId, text: f.hint })] : [];
  if (f.kind === "FLAG") {
    return el(
      "div",
      { class: "nhsuk-form-group" },
      el(
        "div",
        { class: "nhsuk-checkboxes" },
        el(
          "div",
          { class: "nhsuk-checkboxes__item" },
          el("input", { class: "nhsuk-checkboxes__input", id, name: f.key, type: "checkbox", value: "true", "aria-describedby": hintId }),
          el("label", { class: "nhsuk-label nhsuk-checkboxes__label", for: id, text: f.label }),
          ...(f.hint ? [el("div", { class: "nhsuk-hint nhsuk-checkboxes__hint", id: hintId, text: f.hint })] : []),
        ),
      ),
    );
  }
  if (f.kind === "CHOICE") {
    return el(
      "div",
      { class: "nhsuk-form-group" },
      el(
        "fieldset",
        { class: "nhsuk-fieldset", "aria-describedby": hintId },
        el("legend", { class: "nhsuk-fieldset__legend nhsuk-fieldset__legend--s", text: f.label }),
        ...hint,
        el(
          "div",
          { class: "nhsuk-radios" },
          ...(f.options || []).map((o, n) =>
            el(
              "div",
              { class: "nhsuk-radios__item" },
              el("input", { class: "nhsuk-radios__input", id: `${id}-${n}`, name: f.key, type: "radio", value: o }),
              el("label", { class: "nhsuk-label nhsuk-radios__label", for: `${id}-${n}`, text: o.charAt(0) + o.slice(1).toLowerCase() }),
            ),
          ),
        ),
      ),
    );
  }
  return el(
    "div",
    { class: "nhsuk-form-group" },
    el("label", { class: "nhsuk-label nhsuk-label--s", for: id, text: f.label }),
    ...hint,
    el("textarea", { class: "nhsuk-textarea", id, name: f.key, rows: "3", "aria-describedby": hintId }),
  );
}

function answers(form) {
  const result = {};
  if (!template) return result;
  for (const f of template.fields) {
    if (f.kind === "FLAG") {
      result[f.key] = form.querySelector(`[name="${f.key}"]`).checked ? "true" : "false";
    } else if (f.kind === "CHOICE") {
      const chosen = form.querySelector(`[name="${f.key}"]:checked`);
      if (chosen) result[f.key] = chosen.value;
    } else {
      const text = form.querySelector(`[name="${f.key}"]`).value.trim();
      if (text) result[f.key] = text;
    }
  }
  return result;
}

if (requireSignIn()) {
  const form = document.getElementById("capture-form");
  const saved = document.getElementById("saved");
  form.date.value = today();
  onOutboxChange((sent, left) => {
    renderOutbox(left);
    if (sent.length && !left.length) {
      saved.textContent = sent.length === 1 ? `Sent: "${sent[0].reflection.title}".` : `Sent ${sent.length} reflections.`;
      saved.hidden = false;
    }
  });
  watchNetwork();
  loadTemplate();

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const title = form.title.value.trim();
    const group = document.getElementById("title-group");
    const error = document.getElementById("title-error");
    if (!title) {
      group.classList.add("nhsuk-form-group--error");
      error.hidden = false;
      form.title.focus();
      return;
    }
    group.classList.remove("nhsuk-form-group--error");
    error.hidden = true;
    const submit = event.submitter ? event.submitter.value === "submit" : false;
    const reflection = {
      templateKey: template ? template.key : null,
      templateVersion: template ? template.version : null,
      title,
      date: form.date.value || today(),
      answers: answers(form),
    };
    const key = await capture(reflection, submit);
    const waiting = (await pending()).some((i) => i.key === key);
    if (!waiting) {
      location.assign("/learner");
      return;
    }
    form.reset();
    form.date.value = today();
    saved.textContent = `Saved on this phone: "${title}" is waiting to send and goes as soon as you are back online.`;
    saved.hidden = false;
    saved.focus();
  });
}
