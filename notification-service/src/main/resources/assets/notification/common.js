// What the notification pages share: how a time is shown, and the page's one error message.

export function when(iso) {
  return new Date(iso).toLocaleString("en-GB", { day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" });
}

export function showError(message) {
  const error = document.getElementById("error");
  error.textContent = message;
  error.hidden = false;
}
