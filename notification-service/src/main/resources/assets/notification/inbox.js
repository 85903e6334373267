import { api, el, requireSignIn, signOut } from "/assets/pare/session.js";
import { showError, when } from "/assets/notification/common.js";

async function markRead(id) {
  try {
    await api("POST", `/api/inbox/${id}/read`);
    await load();
  } catch (e) {
    showError("The message could not be marked as read. Try again.");
  }
}

function card(m) {
  const item = el(
    "li",
    { class: "pare-card", "data-read": m.read ? "yes" : "no" },
    el("h2", { class: "nhsuk-heading-s pare-card__title" }, m.read ? "" : el("strong", { class: "nhsuk-tag nhsuk-tag--blue", text: "New" }), " ", m.title),
    el("p", { class: "nhsuk-body-s", text: m.whatToDo }),
    el("p", { class: "nhsuk-body-s pare-card__meta", text: when(m.createdAt) + (m.email === "FAILED" ? " · e-mail could not be delivered" : "") }),
    el("a", { class: "nhsuk-link", href: m.actionUrl, text: m.actionLabel }),
  );
  if (!m.read) {
    const button = el("button", { class: "nhsuk-button nhsuk-button--secondary nhsuk-u-margin-top-3 nhsuk-u-margin-bottom-0", type: "button", text: "Mark as read" });
    button.setAttribute("aria-label", "Mark as read: " + m.title);
    button.addEventListener("click", () => markRead(m.id));
    item.append(el("div", {}, button));
  }
  return item;
}

async function load() {
  const page = await api("GET", "/api/inbox?size=50");
  const unread = document.getElementById("unread");
  unread.textContent = page.unread === 0 ? "No unread messages" : page.unread === 1 ? "1 unread message" : `${page.unread} unread messages`;
  document.getElementById("read-all").hidden = page.unread === 0;
  const list = document.getElementById("messages");
  list.replaceChildren(...page.messages.map(card));
  if (page.messages.length === 0) {
    list.replaceChildren(el("li", { class: "nhsuk-body" }, "You have no messages yet."));
  }
}

/** An education lead is told here when e-mails to their trust's people could not be sent; others see nothing. */
async function failedEmails() {
  let failed;
  try {
    failed = await api("GET", "/api/failed-emails?size=100");
  } catch (e) {
    return; // not an education lead, or the list is unavailable: the inbox is what matters here
  }
  const count = failed.emails.length;
  if (count === 0) {
    return;
  }
  const link = document.querySelector("#failed-emails a");
  link.textContent = count === 1
    ? "1 e-mail to your trust's people could not be sent"
    : `${count === 100 ? "100 or more" : count} e-mails to your trust's people could not be sent`;
  document.getElementById("failed-emails").hidden = false;
}

if (requireSignIn()) {
  document.getElementById("sign-out").addEventListener("click", () => signOut());
  document.getElementById("read-all").addEventListener("click", async () => {
    try {
      await api("POST", "/api/inbox/read-all");
      await load();
    } catch (e) {
      showError("Messages could not be marked as read. Try again.");
    }
  });
  load().catch(() => showError("Your messages could not be loaded. Check your connection and reload the page."));
  failedEmails();
}
