import { api, requireSignIn, el } from "/assets/pare/session.js";
import {
  beforeToday, categoryText, dateText, kindText, overdueTag, showError, waited, wireSignOut,
} from "/assets/supervisor/common.js";

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
  let due;
  try {
    due = await api("GET", "/api/interviews");
  } catch (e) {
    if (e.status === 403) return; // only practice assessors hold interviews
    throw e;
  }
  if (due.length === 0) return;
  const list = document.getElementById("interviews");
  for (const i of due) {
    const late = beforeToday(i.dueOn);
    list.append(el("li", { class: "pare-card", "data-interview": i.interviewId },
      el("a", { class: "pare-card__link", href: "/supervisor/interviews/" + i.interviewId,
        text: kindText(i.kind) + " interview with " + i.learnerName }),
      el("span", { class: "pare-card__meta", text: " – due " + dateText(i.dueOn) + " " }),
      late ? overdueTag() : ""));
  }
  document.getElementById("interviews-section").hidden = false;
}

async function countersign() {
  let waiting;
  try {
    waiting = await api("GET", "/api/countersignatures");
  } catch (e) {
    if (e.status === 403) return; // only practice assessors countersign
    throw e;
  }
  if (waiting.length === 0) return;
  const list = document.getElementById("countersign");
  for (const s of waiting) {
    const button = el("button", { class: "nhsuk-button nhsuk-button--secondary", type: "button",
      text: "Countersign", "aria-label": "Countersign " + s.learnerName + "'s sign-off by " + s.signedByName });
    const item = el("li", { class: "pare-card sup-item", "data-reflection": s.reflectionId },
      el("span", {},
        el("span", { class: "pare-card__title", text: s.learnerName + ", " + s.areaName }),
        el("span", { class: "pare-card__meta", text: "Signed off by " + s.signedByName + " on " + dateText(s.signedAt) })),
      button);
    button.addEventListener("click", async () => {
      button.disabled = true;
      try {
        await api("POST", "/api/shared-reflections/" + s.reflectionId + "/countersign");
        button.replaceWith(el("strong", { class: "nhsuk-tag nhsuk-tag--green", role: "status", text: "Countersigned" }));
      } catch (e) {
        button.disabled = false;
        showError(e.message || "Could not countersign. Try again.");
      }
    });
    list.append(item);
  }
  document.getElementById("countersign-section").hidden = false;
}

async function concerns() {
  const open = await api("GET", "/api/concerns");
  if (open.length === 0) return;
  const list = document.getElementById("concerns");
  for (const c of open.slice(0, 5)) {
    list.append(el("li", { class: "pare-card" },
      el("a", { class: "pare-card__link", href: "/supervisor/concerns/" + c.concernId,
        text: categoryText(c.category) + " concern about " + c.learnerName }),
      el("span", { class: "pare-card__meta", text: " – review " + dateText(c.reviewOn) + " " }),
      beforeToday(c.reviewOn) ? overdueTag() : ""));
  }
  document.getElementById("concerns-section").hidden = false;
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
  Promise.all([queue(), countersign(), interviews(), concerns(), learners()]).catch((e) => showError(e.message || "Could not load your list."));
}
