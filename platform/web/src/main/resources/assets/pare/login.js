// The sign-in page, shown only after signing out or when sign-in did not finish; /login itself goes straight
// to the organisation's sign-in.
import { signOut } from "/assets/pare/session.js";

const REASONS = {
  "provider-unreachable": "The sign-in service could not be reached. Check your connection and try again.",
  denied: "Sign-in was cancelled or refused. Try again.",
  expired: "Sign-in took too long or was started in another tab. Try again.",
  "exchange-failed": "Your organisation's sign-in answered, but we could not complete it. Try again.",
};

signOut();
const query = new URLSearchParams(location.search);
const next = query.get("next");
document.getElementById("sign-in").href = "/login" + (next ? "?next=" + encodeURIComponent(next) : "");
if (query.has("signed-out")) {
  document.getElementById("signed-out").hidden = false;
}
const reason = query.get("error");
if (reason) {
  document.getElementById("login-error-text").textContent = REASONS[reason] || "Try again.";
  const summary = document.getElementById("login-error");
  summary.hidden = false;
  summary.focus();
}
