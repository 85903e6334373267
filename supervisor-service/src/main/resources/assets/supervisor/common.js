// Small helpers shared by the supervisor pages.
import { signOut } from "/assets/pare/session.js";

export function showError(message) {
  const error = document.getElementById("error");
  error.textContent = message;
  error.hidden = false;
  error.focus?.();
}

export function clearError() {
  document.getElementById("error").hidden = true;
}

export function done(message) {
  const box = document.getElementById("done");
  box.textContent = message;
  box.hidden = false;
  box.focus();
}

export function wireSignOut() {
  document.getElementById("sign-out").addEventListener("click", () => signOut());
}

export function waited(minutes) {
  if (minutes < 60) return minutes + " min";
  if (minutes < 60 * 24) return Math.floor(minutes / 60) + " h";
  return Math.floor(minutes / (60 * 24)) + " days";
}
