import { api, el, requireSignIn, signOut } from "/assets/pare/session.js";

function formatDate(iso) {
  return new Date(iso + "T12:00:00").toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
}

async function loadInvitations() {
  const target = document.getElementById("invitations");
  try {
    const all = await api("GET", "/api/evaluations");
    const open = all.filter((e) => e.state === "OPEN");
    const sent = all.length - open.length;
    const items = open.map((e) =>
      el(
        "li",
        { class: "pare-card", "data-id": e.id },
        el("a", { class: "pare-card__title", href: "/evaluation/" + e.id, text: "Evaluate " + e.areaName }),
        el("span", { class: "pare-card__meta", text: "Placement ended " + formatDate(e.placementEnd) + ". Please answer by " + formatDate(e.dueOn) + "." }),
      ),
    );
    target.replaceChildren(
      open.length === 0
        ? el("p", { class: "nhsuk-body", text: "You have no evaluations to answer." })
        : el("ul", { class: "nhsuk-list pare-cards" }, ...items),
      el("p", { class: "nhsuk-body-s pare-muted", text: `Sent: ${sent}` }),
    );
  } catch (e) {
    target.replaceChildren(el("p", { class: "nhsuk-body", text: "Your evaluations could not be loaded: " + e.message }));
  }
}

async function loadLines() {
  const target = document.getElementById("you-said-we-did");
  try {
    const { lines } = await api("GET", "/api/you-said-we-did");
    target.replaceChildren(
      (lines || []).length === 0
        ? el("p", { class: "nhsuk-body", text: "Nothing yet for your placement areas." })
        : el("ul", { class: "nhsuk-list nhsuk-list--bullet" }, ...lines.map((l) => el("li", { text: l }))),
    );
  } catch (e) {
    target.replaceChildren(el("p", { class: "nhsuk-body", text: "Could not be loaded: " + e.message }));
  }
}

async function loadSupport() {
  try {
    const mine = await api("GET", "/api/my-support");
    if (mine.flagged) {
      document.getElementById("support-text").textContent = mine.contact
        ? `Someone would like to check in with you: ${mine.contact} will contact you.`
        : "Someone would like to check in with you. You will hear who soon.";
      document.getElementById("support").hidden = false;
    }
  } catch (e) {
    // support is optional on this page
  }
}

if (requireSignIn()) {
  document.getElementById("sign-out").addEventListener("click", () => signOut());
  loadInvitations();
  loadLines();
  loadSupport();
}
