import { api, el, flush, onOutboxChange, renderOutbox, requireSignIn, signOut, watchNetwork, HttpError, ROLE_NAMES } from "./app.js";

const STATES = [
  ["RETURNED", "Returned to you", "nhsuk-tag--orange", "Returned"],
  ["DRAFT", "Drafts", "nhsuk-tag--grey", "Draft"],
  ["SUBMITTED", "Submitted", "nhsuk-tag--blue", "Submitted"],
  ["SHARED", "Shared for feedback or sign-off", "nhsuk-tag--purple", "Shared"],
  ["SIGNED_OFF", "Signed off", "nhsuk-tag--green", "Signed off"],
];

const QUESTIONS = [
  ["treatedWithDignity", "Were you treated with dignity and respect today?"],
  ["hadWhatTheyNeeded", "Did you have what you needed to do your work well?"],
  ["recognised", "Were you recognised or thanked for your work?"],
];

function formatDate(iso) {
  return new Date(iso + (iso.length === 10 ? "T12:00:00" : "")).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
  });
}

async function loadReflections() {
  const target = document.getElementById("reflections");
  try {
    const all = await api("GET", "/api/reflections");
    const groups = STATES.map(([state, heading, tag, label]) => {
      const mine = all.filter((r) => r.state === state);
      return el(
        "div",
        { class: "pare-group", "data-state": state },
        el("h3", { class: "nhsuk-heading-s", text: `${heading} (${mine.length})` }),
        mine.length === 0
          ? el("p", { class: "nhsuk-body-s pare-muted", text: "None" })
          : el(
              "ul",
              { class: "nhsuk-list pare-cards" },
              ...mine.map((r) =>
                el(
                  "li",
                  { class: "pare-card", "data-id": r.id },
                  el("a", { class: "pare-card__title pare-card__link", href: "/learner/reflections/" + r.id, text: r.title }),
                  el("span", { class: "pare-card__meta", text: formatDate(r.date) + " " }),
                  el("strong", { class: "nhsuk-tag " + tag, text: label }),
                ),
              ),
            ),
      );
    });
    target.replaceChildren(...groups);
  } catch (e) {
    target.replaceChildren(
      el("p", { class: "nhsuk-body", text: e instanceof TypeError ? "You are offline: your reflections show when you are back online." : "Your reflections could not be loaded: " + e.message }),
    );
  }
}

function showPulseDone(pulse) {
  document.getElementById("pulse-form").hidden = true;
  const done = document.getElementById("pulse-done");
  done.replaceChildren(
    el("p", { class: "nhsuk-body", text: "Thank you, you have checked in today." }),
    ...(pulse && pulse.contactRequested ? [el("p", { class: "nhsuk-body", text: "Someone will contact you." })] : []),
  );
  done.hidden = false;
}

function pulseQuestions() {
  document.getElementById("pulse-questions").replaceChildren(
    ...QUESTIONS.map(([key, question]) =>
      el(
        "div",
        { class: "nhsuk-form-group" },
        el(
          "fieldset",
          { class: "nhsuk-fieldset" },
          el("legend", { class: "nhsuk-fieldset__legend nhsuk-fieldset__legend--s", text: question }),
          el(
            "div",
            { class: "nhsuk-radios nhsuk-radios--inline" },
            ...[
              ["true", "Yes"],
              ["false", "No"],
            ].map(([value, label]) =>
              el(
                "div",
                { class: "nhsuk-radios__item" },
                el("input", { class: "nhsuk-radios__input", id: `${key}-${value}`, name: key, type: "radio", value }),
                el("label", { class: "nhsuk-label nhsuk-radios__label", for: `${key}-${value}`, text: label }),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

async function loadPulse() {
  try {
    showPulseDone(await api("GET", "/api/pulse/today"));
  } catch (e) {
    if (e instanceof HttpError && e.status === 404) {
      pulseQuestions();
      document.getElementById("pulse-form").hidden = false;
    } else {
      const done = document.getElementById("pulse-done");
      done.replaceChildren(el("p", { class: "nhsuk-body", text: "Today's check-in shows when you are back online." }));
      done.hidden = false;
    }
  }
}

document.getElementById("pulse-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const form = event.target;
  const error = document.getElementById("pulse-error");
  const answers = {};
  for (const [key] of QUESTIONS) {
    const chosen = form.querySelector(`input[name="${key}"]:checked`);
    if (!chosen) {
      error.textContent = "Answer yes or no to each of the three questions";
      error.hidden = false;
      form.querySelector(`input[name="${key}"]`).focus();
      return;
    }
    answers[key] = chosen.value === "true";
  }
  const mood = form.mood.value;
  try {
    const pulse = await api("POST", "/api/pulse", {
      ...answers,
      mood: mood ? Number(mood) : null,
      note: form.note.value.trim() || null,
      contactRequested: form.contact.checked,
    });
    showPulseDone(pulse);
  } catch (e) {
    if (e instanceof HttpError && e.status === 409) return showPulseDone(null);
    error.textContent = e instanceof TypeError ? "You are offline: send your check-in when you are back online" : e.message;
    error.hidden = false;
  }
});

async function loadFeedback() {
  const target = document.getElementById("feedback");
  try {
    const all = await api("GET", "/api/feedback");
    target.replaceChildren(
      all.length === 0
        ? el("p", { class: "nhsuk-body", text: "No feedback yet." })
        : el(
            "ul",
            { class: "nhsuk-list pare-cards" },
            ...all.map((f) =>
              el(
                "li",
                { class: "pare-card" },
                el("span", { class: "pare-card__title", text: "From a supervisor, " + formatDate(f.givenAt) }),
                el("span", { class: "pare-card__meta", text: f.tags.length ? "About: " + f.tags.join(", ").toLowerCase().replace(/_/g, " ") : "" }),
              ),
            ),
          ),
    );
  } catch (e) {
    target.replaceChildren(el("p", { class: "nhsuk-body", text: "Feedback shows when you are back online." }));
  }
}

async function loadPlacement() {
  try {
    const placements = await api("GET", "/api/placements/mine");
    const current = placements.find((p) => p.status === "ACTIVE");
    if (!current) return;
    const people = current.people.map((p) => `${ROLE_NAMES[p.role]}: ${p.name}`);
    document.getElementById("placement").replaceChildren(
      el("p", { class: "nhsuk-body nhsuk-u-margin-bottom-2" }, el("strong", { text: current.area })),
      el("p", { class: "nhsuk-body-s pare-muted", text: `${current.site}, ${current.trust}. ${formatDate(current.startDate)} to ${formatDate(current.endDate)}.` }),
      el("ul", { class: "nhsuk-list nhsuk-body-s" }, ...people.map((text) => el("li", { text }))),
    );
    document.getElementById("placement-section").hidden = false;
    // The feedback code is issued by supervisor-service, on its own pages.
    const links = await api("GET", "/api/links");
    const button = document.getElementById("feedback-code");
    button.href = links.supervisor + "/feedback-code";
    button.hidden = false;
    // Interviews are recorded and confirmed on supervisor-service's pages too.
    document.getElementById("interviews-link").href = links.supervisor + "/interviews";
    document.getElementById("interviews-link-wrap").hidden = false;
  } catch (e) {
    // offline: the placement shows when the network returns
  }
}

if (requireSignIn()) {
  document.getElementById("sign-out").addEventListener("click", () => signOut());
  onOutboxChange((sent, left) => {
    renderOutbox(left);
    if (sent.length) loadReflections();
  });
  watchNetwork();
  loadPlacement();
  loadReflections();
  loadPulse();
  loadFeedback();
}
