import { api, requireSignIn, signOut, HttpError } from "/assets/pare/session.js";

const form = document.getElementById("preferences");
let zone = "Europe/London";

function show(p) {
  form.email.checked = p.email;
  form.digest.checked = p.dailyDigest;
  form.quietFrom.value = p.quietFrom;
  form.quietUntil.value = p.quietUntil;
  zone = p.timeZone || zone;
}

function showError(message) {
  const error = document.getElementById("error");
  error.textContent = message;
  error.hidden = !message;
}

if (requireSignIn()) {
  document.getElementById("sign-out").addEventListener("click", () => signOut());
  api("GET", "/api/preferences").then(show).catch(() => showError("Your choices could not be loaded. Reload the page."));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    showError("");
    try {
      show(await api("PUT", "/api/preferences", {
        email: form.email.checked,
        dailyDigest: form.digest.checked,
        quietFrom: form.quietFrom.value.slice(0, 5),
        quietUntil: form.quietUntil.value.slice(0, 5),
        timeZone: zone,
      }));
      document.getElementById("saved").textContent = "Your choices are saved.";
    } catch (e) {
      showError(e instanceof HttpError && e.status === 400 ? e.message : "Your choices could not be saved. Try again.");
    }
  });
}
