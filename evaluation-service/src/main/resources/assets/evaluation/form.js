import { api, el, requireSignIn, signOut } from "/assets/pare/session.js";

const id = location.pathname.split("/").pop();
const NOT_APPLICABLE = 0;
let evaluation;
let step = 0;
const answers = {};
const comments = {};

function themes() {
  return evaluation.questionnaire.themes;
}

function render() {
  const theme = themes()[step];
  document.getElementById("progress").textContent = `Step ${step + 1} of ${themes().length}`;
  const title = document.getElementById("theme-title");
  title.textContent = theme.title;
  const q = evaluation.questionnaire;
  const options = q.labels.map((label, i) => [q.min + i, label]).concat([[NOT_APPLICABLE, q.notApplicable]]);
  const groups = theme.items.map((item) =>
    el(
      "div",
      { class: "nhsuk-form-group" },
      el(
        "fieldset",
        { class: "nhsuk-fieldset pare-scale" },
        el("legend", { class: "nhsuk-fieldset__legend nhsuk-fieldset__legend--s", text: item.text }),
        el(
          "div",
          { class: "nhsuk-radios" },
          ...options.map(([value, label]) => {
            const inputId = `${item.key}-${value}`;
            return el(
              "div",
              { class: "nhsuk-radios__item" },
              el("input", { class: "nhsuk-radios__input", id: inputId, name: item.key, type: "radio", value: String(value), checked: answers[item.key] === value }),
              el("label", { class: "nhsuk-label nhsuk-radios__label", for: inputId, text: label }),
            );
          }),
        ),
      ),
    ),
  );
  document.getElementById("items").replaceChildren(...groups);
  document.getElementById("comment").value = comments[theme.key] || "";
  document.getElementById("back").hidden = step === 0;
  document.getElementById("next").textContent = step === themes().length - 1 ? "Send evaluation" : "Next";
  document.getElementById("errors").hidden = true;
}

function collect() {
  const theme = themes()[step];
  for (const item of theme.items) {
    const chosen = document.querySelector(`input[name="${item.key}"]:checked`);
    if (chosen) answers[item.key] = Number(chosen.value);
  }
  const comment = document.getElementById("comment").value.trim();
  if (comment) comments[theme.key] = comment;
  else delete comments[theme.key];
  return theme.items.filter((i) => answers[i.key] === undefined);
}

function showError(text) {
  document.getElementById("error-text").textContent = text;
  const box = document.getElementById("errors");
  box.hidden = false;
  box.focus();
}

async function saveDraft() {
  await api("PUT", `/api/evaluations/${id}/draft`, { answers, comments });
  document.getElementById("saved").textContent = "Your answers so far are saved.";
}

async function next(event) {
  event.preventDefault();
  const missing = collect();
  if (missing.length > 0) {
    showError(`Choose an answer for: ${missing.map((i) => i.text).join(" ")} (or "not applicable")`);
    return;
  }
  try {
    if (step < themes().length - 1) {
      await saveDraft();
      step += 1;
      render();
      document.getElementById("theme-title").focus();
    } else {
      await api("POST", `/api/evaluations/${id}/submit`, { answers, comments });
      document.getElementById("step-form").hidden = true;
      document.getElementById("progress").textContent = "";
      const done = document.getElementById("done");
      done.hidden = false;
      done.focus();
    }
  } catch (e) {
    showError("Your answers could not be saved: " + e.message);
  }
}

async function start() {
  try {
    evaluation = await api("GET", `/api/evaluations/${id}`);
  } catch (e) {
    document.getElementById("theme-title").textContent = "This evaluation could not be found";
    document.getElementById("step-form").querySelectorAll(".pare-actions, .nhsuk-form-group").forEach((n) => (n.hidden = true));
    return;
  }
  document.getElementById("area").textContent = "Placement: " + evaluation.areaName;
  if (evaluation.state !== "OPEN") {
    document.getElementById("step-form").hidden = true;
    document.getElementById("done").hidden = false;
    return;
  }
  Object.assign(answers, evaluation.answers || {});
  Object.assign(comments, evaluation.comments || {});
  // resume at the first theme with an unanswered item
  const first = themes().findIndex((t) => t.items.some((i) => answers[i.key] === undefined));
  step = first < 0 ? themes().length - 1 : first;
  render();
}

if (requireSignIn()) {
  document.getElementById("sign-out").addEventListener("click", () => signOut());
  document.getElementById("step-form").addEventListener("submit", next);
  document.getElementById("back").addEventListener("click", () => {
    collect();
    step = Math.max(0, step - 1);
    render();
  });
  start();
}
