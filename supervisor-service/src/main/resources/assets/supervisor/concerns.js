import { api, el, requireSignIn } from "/assets/pare/session.js";
import { beforeToday, categoryText, dateText, overdueTag, showError, wireSignOut } from "/assets/supervisor/common.js";

async function load() {
  const open = await api("GET", "/api/concerns");
  const box = document.getElementById("concerns");
  box.replaceChildren();
  if (open.length === 0) {
    box.append(el("p", { class: "nhsuk-body", text: "No open concerns for you to follow up." }));
    return;
  }
  box.append(el("ul", { class: "pare-cards" }, ...open.map((c) => el("li", { class: "pare-card" },
    el("a", { class: "pare-card__link", href: "/supervisor/concerns/" + c.concernId,
      text: categoryText(c.category) + " concern about " + c.learnerName }),
    el("span", { class: "pare-card__meta", text: " – " + c.areaName + ", raised by "
      + (c.raisedByMe ? "you" : c.raisedByName) + ", review " + dateText(c.reviewOn) + " " }),
    beforeToday(c.reviewOn) ? overdueTag() : ""))));
}

if (requireSignIn()) {
  wireSignOut();
  load().catch((e) => showError(e.message || "Could not load the concerns."));
}
