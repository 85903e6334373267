import { api, requireSignIn } from "/assets/pare/session.js";
import { showError, wireSignOut } from "/assets/supervisor/common.js";

async function newCode() {
  try {
    const c = await api("POST", "/api/feedback-codes");
    document.getElementById("code").textContent = c.code;
    // Our own server drew this SVG from the code's URL; it holds no script.
    document.getElementById("qr").innerHTML = c.qrSvg;
    document.getElementById("expires").textContent =
      "Valid until " + new Date(c.expiresAt).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" }) + ", once.";
  } catch (e) {
    showError(e.message || "Could not get a code. Are you online?");
  }
}

if (requireSignIn()) {
  wireSignOut();
  document.getElementById("new-code").addEventListener("click", newCode);
  newCode();
}
