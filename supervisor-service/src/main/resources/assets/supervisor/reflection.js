import { api, requireSignIn, el } from "/assets/pare/session.js";
import { clearError, done, showError, waited, wireSignOut } from "/assets/supervisor/common.js";

const id = location.pathname.split("/").pop();

async function loadText(links) {
  const box = document.getElementById("text");
  try {
    const r = await api("GET", links.learner + "/api/shared-reflections/" + id);
    box.replaceChildren(el("h3", { class: "nhsuk-heading-s", text: r.title || "" }));
    for (const [question, answer] of Object.entries(r.answers || {})) {
      box.append(el("p", { class: "nhsuk-body" }, el("strong", { text: question.replace(/-/g, " ") + ": " }), answer));
    }
  } catch (e) {
    box.replaceChildren(el("p", { class: "nhsuk-body", id: "text-missing",
      text: "We could not load the text of this reflection. You can still make your decision, or try again later." }));
  }
}

async function load() {
  const [item, links] = await Promise.all([api("GET", "/api/shared-reflections/" + id), api("GET", "/api/links")]);
  const what = item.purpose === "SIGN_OFF" ? "sign-off" : "feedback";
  document.getElementById("about").textContent =
    item.learnerName + " asked you for " + what + " (waiting " + waited(item.waitedMinutes) + ").";
  loadText(links);
  if (item.status === "WAITING") {
    document.getElementById("decide").hidden = false;
    document.getElementById("sign-off").hidden = item.purpose !== "SIGN_OFF";
  } else {
    done(item.status === "SIGNED_OFF" || item.status === "CLOSED" ? "This reflection is signed off and locked." : "You returned this reflection.");
  }
}

async function signOff() {
  clearError();
  try {
    const r = await api("POST", "/api/shared-reflections/" + id + "/sign-off");
    document.getElementById("decide").hidden = true;
    done("Signed off at " + new Date(r.signedAt).toLocaleString("en-GB") + ". The reflection is now locked.");
  } catch (e) {
    showError(e.message || "Could not sign off. Try again.");
  }
}

async function returnIt(event) {
  event.preventDefault();
  clearError();
  const comment = document.getElementById("comment").value.trim();
  if (!comment) {
    showError("Write a comment for the learner.");
    return;
  }
  try {
    await api("POST", "/api/shared-reflections/" + id + "/return", { comment });
    document.getElementById("decide").hidden = true;
    done("Returned to the learner with your comment.");
  } catch (e) {
    showError(e.message || "Could not return it. Try again.");
  }
}

if (requireSignIn()) {
  wireSignOut();
  document.getElementById("sign-off").addEventListener("click", signOff);
  document.getElementById("return-form").addEventListener("submit", returnIt);
  load().catch((e) => showError(e.message || "Could not load this reflection."));
}
