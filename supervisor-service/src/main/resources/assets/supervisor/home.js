import { api, requireSignIn, el } from "/assets/pare/session.js";
import { showError, waited, wireSignOut } from "/assets/supervisor/common.js";

async function queue() {
  const items = await api("GET", "/api/queue");
  const box = document.getElementById("queue");
  box.replaceChildren();
  if (items.length === 0) {
    box.append(el("p", { class: "nhsuk-body", text: "Nothing is waiting for you." }));
    return;
  }
  const list = el("ul", { class: "nhsuk-list" });
  for (const item of items) {
    const what = item.purpose === "SIGN_OFF" ? "sign-off" : "feedback";
    list.append(el("li", { "data-reflection": item.reflectionId },
      el("a", { href: "/supervisor/reflections/" + item.reflectionId, text: item.learnerName + " asks for " + what }),
      el("span", { class: "nhsuk-body-s", text: " – waiting " + waited(item.waitedMinutes) })));
  }
  box.append(list);
}

async function interviews() {
  try {
    const due = await api("GET", "/api/interviews");
    if (due.length === 0) return;
    const list = document.getElementById("interviews");
    for (const i of due) {
      list.append(el("li", { text: i.kind.replace("_", "-").toLowerCase() + " interview due " + i.dueOn }));
    }
    document.getElementById("interviews-section").hidden = false;
  } catch (e) {
    // Only practice assessors hold interviews.
  }
}

async function learners() {
  const mine = await api("GET", "/api/my-learners");
  const list = document.getElementById("learners");
  for (const l of mine) {
    list.append(el("li", {}, el("span", { text: l.name + ", " + l.areaName + " " }),
      el("a", { href: "/supervisor/feedback?learner=" + l.learnerId, text: "Give feedback to " + l.name })));
  }
  if (mine.length === 0) list.append(el("li", { text: "No learners are assigned to you." }));
}

if (requireSignIn()) {
  wireSignOut();
  Promise.all([queue(), interviews(), learners()]).catch((e) => showError(e.message || "Could not load your list."));
}
