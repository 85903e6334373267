import { api, el, requireSignIn } from "/assets/pare/session.js";
import { dateText, done, fact, kindText, showError, wireSignOut } from "/assets/supervisor/common.js";

function card(i) {
  const item = el("li", { class: "pare-card", "data-interview": i.interviewId },
    el("h2", { class: "nhsuk-heading-s", text: kindText(i.kind) + " interview" + (i.areaName ? ", " + i.areaName : "") }));
  if (!i.completedAt) {
    item.append(el("p", { class: "nhsuk-body pare-card__meta", text: "Due " + dateText(i.dueOn) + ". Not held yet." }));
    return item;
  }
  item.append(el("dl", { class: "nhsuk-summary-list" },
    fact("Held", dateText(i.completedAt) + (i.assessorName ? " with " + i.assessorName : "")),
    fact("Notes", i.notes), fact("Goals agreed", i.goals)));
  if (i.learnerConfirmedAt) {
    item.append(el("p", { class: "nhsuk-body", text: "You confirmed this on " + dateText(i.learnerConfirmedAt) + "." }));
    return item;
  }
  const button = el("button", { class: "nhsuk-button", type: "button",
    text: "Confirm " + kindText(i.kind).toLowerCase() + " interview" });
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      item.replaceWith(card(await api("POST", "/api/interviews/" + i.interviewId + "/confirm")));
      done("Thank you. Your " + kindText(i.kind).toLowerCase() + " interview is confirmed.");
    } catch (e) {
      button.disabled = false;
      showError(e.message || "Could not confirm. Try again.");
    }
  });
  item.append(button);
  return item;
}

async function load() {
  const mine = await api("GET", "/api/interviews/mine");
  const box = document.getElementById("interviews");
  box.replaceChildren();
  if (mine.length === 0) {
    box.append(el("p", { class: "nhsuk-body", text: "You have no interviews yet." }));
    return;
  }
  box.append(el("ul", { class: "pare-cards" }, ...mine.map(card)));
}

if (requireSignIn()) {
  wireSignOut();
  load().catch((e) => showError(e.message || "Could not load your interviews."));
}
