// Small helpers shared by the supervisor pages.
import { el, signOut, today } from "/assets/pare/session.js";

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

/** A date (yyyy-mm-dd) or instant as people read it: 3 December 2026. */
export function dateText(value) {
  const date = value.length === 10 ? new Date(value + "T12:00:00") : new Date(value);
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
}

/** Whether a date (yyyy-mm-dd) is before today on this device. */
export function beforeToday(day) {
  return day < today();
}

export function kindText(kind) {
  return { INITIAL: "Initial", MID_POINT: "Mid-point", FINAL: "Final" }[kind] || kind;
}

export function categoryText(category) {
  return { PRACTICE: "Practice", PROFESSIONALISM: "Professionalism", WELLBEING: "Wellbeing" }[category] || category;
}

/** A red "Overdue" tag, for a date that has passed. */
export function overdueTag() {
  return el("strong", { class: "nhsuk-tag nhsuk-tag--red", text: "Overdue" });
}

/** A row of the summary list: term and value. */
export function fact(term, value) {
  return el("div", { class: "nhsuk-summary-list__row" },
    el("dt", { class: "nhsuk-summary-list__key", text: term }),
    el("dd", { class: "nhsuk-summary-list__value pare-pre", text: value }));
}
