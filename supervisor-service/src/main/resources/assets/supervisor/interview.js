import { api, requireSignIn } from "/assets/pare/session.js";
import {
  beforeToday, clearError, dateText, done, fact, kindText, showError, wireSignOut,
} from "/assets/supervisor/common.js";

const id = location.pathname.split("/").pop();

function show(i) {
  document.getElementById("title").textContent = kindText(i.kind) + " interview with " + i.learnerName;
  document.title = kindText(i.kind) + " interview – PARE";
  const facts = document.getElementById("facts");
  facts.replaceChildren(fact("Learner", i.learnerName), fact("Placement area", i.areaName || "Not known"));
  if (i.completedAt) {
    facts.append(fact("Held", dateText(i.completedAt)), fact("Notes", i.notes), fact("Goals agreed", i.goals),
      fact("Learner's confirmation", i.learnerConfirmedAt ? "Confirmed " + dateText(i.learnerConfirmedAt)
        : "Waiting for the learner to confirm"));
    document.getElementById("record-form").hidden = true;
    return;
  }
  facts.append(fact("Due", dateText(i.dueOn) + (beforeToday(i.dueOn) ? " (overdue)" : "")));
  document.getElementById("record-form").hidden = false;
}

async function record(event) {
  event.preventDefault();
  clearError();
  const notes = document.getElementById("notes").value.trim();
  const goals = document.getElementById("goals").value.trim();
  if (!notes || !goals) {
    showError("Write the notes and the goals you agreed.");
    return;
  }
  try {
    show(await api("POST", "/api/interviews/" + id + "/complete", { notes, goals }));
    done("Interview recorded. The learner can now read and confirm it.");
  } catch (e) {
    showError(e.message || "Could not record the interview. Try again.");
  }
}

if (requireSignIn()) {
  wireSignOut();
  document.getElementById("record-form").addEventListener("submit", record);
  api("GET", "/api/interviews/" + id).then(show).catch((e) =>
    showError(e.status === 404 ? "This interview is not one of yours." : e.message || "Could not load the interview."));
}
