import { api, requireSignIn, el, newKey, HttpError } from "/assets/pare/session.js";
import { clearError, done, showError, wireSignOut } from "/assets/supervisor/common.js";

const TAGS = ["communication", "clinical-skill", "professionalism", "compassion", "teamwork", "safety"];
const params = new URLSearchParams(location.search);
let learner = null;
const key = newKey();

function showForm(found) {
  learner = found;
  document.getElementById("code-form").hidden = true;
  document.getElementById("title").textContent = "Feedback for " + found.name;
  document.getElementById("learner-name").textContent = found.name + (found.area ? ", " + found.area : "");
  const tags = document.getElementById("tags");
  for (const tag of TAGS) {
    const id = "tag-" + tag;
    tags.append(el("div", { class: "nhsuk-checkboxes__item" },
      el("input", { class: "nhsuk-checkboxes__input", id, type: "checkbox", value: tag }),
      el("label", { class: "nhsuk-label nhsuk-checkboxes__label", for: id, text: tag.replace("-", " ") })));
  }
  document.getElementById("feedback-form").hidden = false;
}

async function redeem(code) {
  clearError();
  try {
    const r = await api("POST", "/api/feedback-codes/" + encodeURIComponent(code) + "/redeem");
    showForm({ id: r.learnerId, name: r.learnerName, area: r.areaName });
  } catch (e) {
    showError(e instanceof HttpError ? e.message : "Could not check the code. Are you online?");
  }
}

async function chosen(id) {
  const mine = await api("GET", "/api/my-learners");
  const l = mine.find((x) => x.learnerId === id);
  if (l) showForm({ id: l.learnerId, name: l.name, area: l.areaName });
  else showError("That learner is not assigned to you.");
}

async function send(event) {
  event.preventDefault();
  clearError();
  const tags = [...document.querySelectorAll("#tags input:checked")].map((i) => i.value);
  const wentWell = document.getElementById("went-well").value.trim();
  const toDevelop = document.getElementById("to-develop").value.trim();
  if (tags.length === 0 || !wentWell || !toDevelop) {
    showError("Choose what it was about and fill in both boxes.");
    return;
  }
  const body = { learnerId: learner.id, tags, wentWell, toDevelop };
  if (params.get("reflection")) body.reflectionId = params.get("reflection");
  try {
    await api("POST", "/api/feedback", body, { "Idempotency-Key": key });
    document.getElementById("feedback-form").hidden = true;
    done("Feedback sent to " + learner.name + ".");
  } catch (e) {
    showError(e.message || "Could not send. Try again.");
  }
}

if (requireSignIn()) {
  wireSignOut();
  document.getElementById("code-form").addEventListener("submit", (e) => {
    e.preventDefault();
    redeem(document.getElementById("code").value);
  });
  document.getElementById("feedback-form").addEventListener("submit", send);
  if (params.get("code")) redeem(params.get("code"));
  else if (params.get("learner")) chosen(params.get("learner")).catch((e) => showError(e.message));
}
