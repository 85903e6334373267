// The placement office's allocation upload: the file goes up with a progress bar, the whole file is checked, and
// either every problem is listed by line or the outcome is summarised. Nothing personal is kept in the page.
import { api, el, requireSignIn, signOut, token } from "/assets/pare/session.js";

const form = document.getElementById("upload-form");
const fileInput = document.getElementById("file");
const progressGroup = document.getElementById("progress-group");
const progress = document.getElementById("progress");
const progressLabel = document.getElementById("progress-label");

function upload(file) {
  // XMLHttpRequest, not fetch: only it reports upload progress.
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/allocations");
    xhr.setRequestHeader("Authorization", "Bearer " + token());
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) {
        progress.value = Math.round((100 * e.loaded) / e.total);
        progressLabel.textContent = `Uploading: ${progress.value}%`;
      }
    };
    xhr.upload.onload = () => {
      progress.removeAttribute("value");
      progressLabel.textContent = "Checking every row…";
    };
    xhr.onload = () => {
      let body = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch (e) {
        // not JSON
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new Error("network"));
    const data = new FormData();
    data.append("file", file);
    xhr.send(data);
  });
}

function showProblems(intro, items) {
  document.getElementById("problems-intro").textContent = intro;
  document.getElementById("problem-list").replaceChildren(...items.map((text) => el("li", { text })));
  const box = document.getElementById("problems");
  box.hidden = false;
  box.focus();
}

function showResult(report) {
  const u = report.upload;
  const rows = [
    ["Rows", u.rowCount],
    ["New placements", u.placementsCreated],
    ["Changed placements", u.placementsUpdated],
    ["Unchanged placements", u.placementsUnchanged],
    ["New people", u.peopleCreated],
    ["Changed people", u.peopleUpdated],
  ];
  document.getElementById("result-list").replaceChildren(
    ...rows.map(([k, v]) =>
      el("div", { class: "nhsuk-summary-list__row" }, el("dt", { class: "nhsuk-summary-list__key", text: k }), el("dd", { class: "nhsuk-summary-list__value", text: String(v) })),
    ),
  );
  const card = document.getElementById("result");
  card.hidden = false;
  card.focus();
}

async function loadUploads() {
  const uploads = await api("GET", "/api/allocations");
  document.getElementById("no-uploads").hidden = uploads.length > 0;
  document.getElementById("uploads-table").hidden = uploads.length === 0;
  document.getElementById("uploads").replaceChildren(
    ...uploads.map((u) =>
      el(
        "tr",
        { class: "nhsuk-table__row" },
        el("td", { class: "nhsuk-table__cell", text: new Date(u.uploadedAt).toLocaleString("en-GB") }),
        el("td", { class: "nhsuk-table__cell", text: u.uploadedBy }),
        el("td", { class: "nhsuk-table__cell", text: String(u.rowCount) }),
        el("td", { class: "nhsuk-table__cell", text: String(u.placementsCreated) }),
        el("td", { class: "nhsuk-table__cell", text: String(u.placementsUpdated) }),
        el("td", { class: "nhsuk-table__cell", text: String(u.placementsUnchanged) }),
        el("td", { class: "nhsuk-table__cell" }, el("code", { text: u.fileSha256.slice(0, 12), title: u.fileSha256 })),
      ),
    ),
  );
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  document.getElementById("problems").hidden = true;
  document.getElementById("result").hidden = true;
  const group = document.getElementById("file-group");
  const file = fileInput.files[0];
  group.classList.toggle("nhsuk-form-group--error", !file);
  document.getElementById("file-error").hidden = !!file;
  if (!file) {
    fileInput.focus();
    return;
  }
  const button = document.getElementById("upload");
  button.disabled = true;
  progress.value = 0;
  progressLabel.textContent = "Uploading: 0%";
  progressGroup.hidden = false;
  try {
    const { status, body } = await upload(file);
    if (status === 200) {
      showResult(body);
      form.reset();
      await loadUploads();
    } else if (status === 401) {
      signOut();
      location.assign("/login?next=/admin/allocations");
    } else if (body && Array.isArray(body.errors)) {
      showProblems(`${body.errors.length} ${body.errors.length === 1 ? "problem" : "problems"} in ${file.name}. Correct ${body.errors.length === 1 ? "it" : "them"} and upload the whole file again.`,
        body.errors.map((e) => `Line ${e.line}: ${e.reason}`));
    } else {
      showProblems((body && (body.detail || body.title)) || `The upload was refused (${status}).`, []);
    }
  } catch (e) {
    showProblems("The upload did not reach PARE. Check your connection and try again; nothing was saved.", []);
  } finally {
    button.disabled = false;
    progressGroup.hidden = true;
  }
});

/** The area action plans are agreed on evaluation-service's pages: linked once the office's own uploads load. */
function linkPlans() {
  api("GET", "/api/links")
    .then((links) => {
      document.getElementById("plans-link").href = links.evaluation + "/evaluation/university";
      document.getElementById("plans-link-wrap").hidden = false;
    })
    .catch(() => {});
}

if (requireSignIn()) {
  document.getElementById("sign-out").addEventListener("click", () => signOut());
  loadUploads().then(linkPlans).catch((e) => showProblems(e.status === 403 ? "This page is for your university's placement office." : "Latest uploads could not be loaded.", []));
}
