import { signIn } from "/assets/pare/session.js";

const form = document.getElementById("login-form");
form.addEventListener("submit", (event) => {
  event.preventDefault();
  const value = document.getElementById("token").value.trim();
  const group = document.getElementById("token-group");
  const error = document.getElementById("token-error");
  if (!value) {
    group.classList.add("nhsuk-form-group--error");
    error.hidden = false;
    document.getElementById("token").focus();
    return;
  }
  signIn(value);
  const next = new URLSearchParams(location.search).get("next");
  location.assign(next && next.startsWith("/") && !next.startsWith("//") ? next : "/");
});
