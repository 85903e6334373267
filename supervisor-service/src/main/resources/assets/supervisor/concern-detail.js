import { api, el, requireSignIn, today } from "/assets/pare/session.js";
import {
  beforeToday, categoryText, clearError, dateText, done, fact, showError, wireSignOut,
} from "/assets/supervisor/common.js";

const id = location.pathname.split("/").pop();
const OUTCOMES = { RESOLVED: "Resolved", ESCALATED_TO_UNIVERSITY: "Escalated to the university", PLACEMENT_ENDED: "Placement ended" };

function show(d) {
  const c = d.concern;
  document.getElementById("title").textContent = categoryText(c.category) + " concern about " + c.learnerName;
  const facts = document.getElementById("facts");
  facts.replaceChildren(
    fact("Learner", c.learnerName + ", " + c.areaName),
    fact("Raised", dateText(c.raisedAt) + " by " + (c.raisedByMe ? "you" : c.raisedByName)),
    fact("What worried them", d.description),
    fact("Actions agreed", d.actions),
    fact("Support offered", d.supportOffered));
  const held = d.reviews || []; // the JSON leaves out an empty list
  const reviews = document.getElementById("reviews");
  reviews.replaceChildren(...held.map((r) => el("li", { class: "pare-card" },
    el("span", { class: "pare-card__title", text: dateText(r.reviewedAt) + ", " + r.reviewedByName }),
    el("p", { class: "nhsuk-body pare-pre", text: r.notes }))));
  if (held.length === 0) reviews.append(el("li", { class: "pare-card", text: "Not reviewed yet." }));
  const resolved = d.outcome !== null && d.outcome !== undefined;
  if (resolved) {
    facts.append(fact("Outcome", OUTCOMES[d.outcome] + ", " + dateText(d.resolvedAt)), fact("Outcome notes", d.outcomeNotes));
  } else {
    facts.append(fact("Next review", dateText(c.reviewOn) + (beforeToday(c.reviewOn) ? " (overdue)" : "")));
    document.getElementById("actions").value = d.actions;
    document.getElementById("support").value = d.supportOffered;
  }
  document.getElementById("review-form").hidden = resolved;
  document.getElementById("resolve-form").hidden = resolved;
}

async function load() {
  show(await api("GET", "/api/concerns/" + id));
}

async function review(event) {
  event.preventDefault();
  clearError();
  const body = {
    notes: document.getElementById("review-notes").value.trim(),
    actions: document.getElementById("actions").value.trim(),
    supportOffered: document.getElementById("support").value.trim(),
    nextReviewOn: document.getElementById("next-review").value || null,
  };
  if (!body.notes) {
    showError("Write how things are going.");
    return;
  }
  try {
    await api("POST", "/api/concerns/" + id + "/reviews", body);
    document.getElementById("review-notes").value = "";
    await load();
    done("Review saved. The action plan is up to date.");
  } catch (e) {
    showError(e.message || "Could not save the review. Try again.");
  }
}

async function resolve(event) {
  event.preventDefault();
  clearError();
  const outcome = document.querySelector("input[name=outcome]:checked");
  const notes = document.getElementById("outcome-notes").value.trim();
  if (!outcome || !notes) {
    showError("Choose an outcome and write the outcome notes.");
    return;
  }
  try {
    await api("POST", "/api/concerns/" + id + "/resolve", { outcome: outcome.value, notes });
    await load();
    done("Concern closed with its outcome.");
  } catch (e) {
    showError(e.message || "Could not close the concern. Try again.");
  }
}

if (requireSignIn()) {
  wireSignOut();
  document.getElementById("next-review").min = today();
  document.getElementById("review-form").addEventListener("submit", review);
  document.getElementById("resolve-form").addEventListener("submit", resolve);
  load().catch((e) =>
    showError(e.status === 404 ? "This concern is not one you follow up." : e.message || "Could not load the concern."));
}
