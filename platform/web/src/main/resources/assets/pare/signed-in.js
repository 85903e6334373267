// The sign-in callback's page: keep the token in this tab, then go where the person was going.
import { signIn } from "/assets/pare/session.js";

const session = JSON.parse(document.getElementById("pare-session").textContent);
signIn(session.token);
const next = typeof session.next === "string" && session.next.startsWith("/") && !session.next.startsWith("//") ? session.next : "/";
location.replace(next);
