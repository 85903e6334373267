import { api, el, requireSignIn, signOut } from "/assets/pare/session.js";
import { showError, when } from "/assets/notification/common.js";

function recipient(e) {
  return e.recipientName ? `${e.recipientName} (${e.address || "no address"})` : e.address || "no address";
}

async function retry(e) {
  try {
    await api("POST", `/api/failed-emails/${e.id}/retry`);
    await load(`The e-mail to ${recipient(e)} will be tried again now.`);
  } catch (err) {
    showError("The e-mail could not be tried again: it may have been retried already. Reload the page.");
  }
}

function card(e) {
  const button = el("button", { class: "nhsuk-button nhsuk-button--secondary nhsuk-u-margin-top-3 nhsuk-u-margin-bottom-0", type: "button", text: "Try again" });
  button.setAttribute("aria-label", `Try again: ${e.subject}, to ${recipient(e)}`);
  button.addEventListener("click", () => retry(e));
  return el(
    "li",
    { class: "pare-card" },
    el("h2", { class: "nhsuk-heading-s pare-card__title", text: e.subject }),
    el("p", { class: "nhsuk-body-s", text: "To " + recipient(e) }),
    el("p", { class: "nhsuk-body-s", text: `Tried ${e.attempts} ${e.attempts === 1 ? "time" : "times"}. Last reason: ${e.reason || "not recorded"}` }),
    el("p", { class: "nhsuk-body-s pare-card__meta", text: "Written " + when(e.createdAt) }),
    el("div", {}, button),
  );
}

async function load(done) {
  const page = await api("GET", "/api/failed-emails?size=100");
  const count = page.emails.length;
  const status = count === 0 ? "No failed e-mails" : count === 1 ? "1 failed e-mail" : `${count} failed e-mails`;
  document.getElementById("status").textContent = done ? `${done} ${status}.` : status;
  document.getElementById("emails").replaceChildren(...page.emails.map(card));
}

if (requireSignIn()) {
  document.getElementById("sign-out").addEventListener("click", () => signOut());
  load().catch((e) =>
    showError(e.status === 403 ? "Only an education lead can see this page." : "The failed e-mails could not be loaded. Check your connection and reload the page."),
  );
}
