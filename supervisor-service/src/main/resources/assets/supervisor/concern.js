import { api, requireSignIn, el, today } from "/assets/pare/session.js";
import { clearError, done, showError, wireSignOut } from "/assets/supervisor/common.js";

async function learners() {
  const select = document.getElementById("learner");
  for (const l of await api("GET", "/api/my-learners")) {
    select.append(el("option", { value: l.learnerId, text: l.name + ", " + l.areaName }));
  }
}

async function raise(event) {
  event.preventDefault();
  clearError();
  const category = document.querySelector("input[name=category]:checked");
  const body = {
    learnerId: document.getElementById("learner").value,
    category: category ? category.value : null,
    description: document.getElementById("description").value.trim(),
    actions: document.getElementById("actions").value.trim(),
    supportOffered: document.getElementById("support").value.trim(),
    reviewOn: document.getElementById("review-on").value,
  };
  if (!body.learnerId || !body.category || !body.description || !body.actions || !body.supportOffered || !body.reviewOn) {
    showError("Fill in every part of the form.");
    return;
  }
  try {
    await api("POST", "/api/concerns", body);
    document.getElementById("concern-form").hidden = true;
    done("Concern raised. The academic assessor and the education lead will be told.");
  } catch (e) {
    showError(e.message || "Could not raise the concern. Try again.");
  }
}

if (requireSignIn()) {
  wireSignOut();
  document.getElementById("review-on").min = today();
  document.getElementById("concern-form").addEventListener("submit", raise);
  learners().catch((e) => showError(e.message));
}
