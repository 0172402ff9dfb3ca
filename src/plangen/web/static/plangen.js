// plangen's page: drop files onto the upload area, and follow a running upload.
// No framework, nothing from elsewhere; the page works without it too.
"use strict";

function chooseFiles() {
  const drop = document.getElementById("drop");
  const input = document.getElementById("intakes");
  const chosen = document.getElementById("chosen");
  if (!drop || !input) return;
  const show = () => {
    chosen.textContent = Array.from(input.files).map((f) => f.name).join(", ");
  };
  input.addEventListener("change", show);
  drop.addEventListener("dragover", (event) => {
    event.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("over");
    input.files = event.dataTransfer.files;
    show();
  });
}

function followProgress() {
  const box = document.getElementById("progress");
  if (!box || box.dataset.finished === "yes") return;
  const bar = box.querySelector("progress");
  const text = document.getElementById("progress-text");
  let phase = box.dataset.phase;
  let drawn = Number(bar.value);
  let resultsShown = box.dataset.shown === "yes";
  let version = box.dataset.version;
  const loaded = Date.now();
  // the server answers as soon as the upload moves on from the version we last saw
  // (or after a while with no change), so the page learns of results at once
  const poll = async () => {
    try {
      const response = await fetch(`${box.dataset.url}?after=${version}`, {
        credentials: "same-origin",
      });
      if (!response.ok) return;
      const status = await response.json();
      version = status.version;
      bar.max = status.total || 1;
      bar.value = status.done;
      text.textContent = status.text;
      // the page itself is re-drawn when there is more to read, not on every change:
      // at once for a new phase or the results, for more files every few seconds
      const more =
        status.phase !== phase ||
        status.shown !== resultsShown ||
        (status.checked && status.done - drawn >= 10 && Date.now() - loaded > 3000);
      if (status.finished || more) {
        phase = status.phase;
        drawn = status.done;
        resultsShown = status.shown;
        window.location.reload();
        return;
      }
      window.setTimeout(poll, 0);
      return;
    } catch (error) {
      // the server is busy or restarting; try again in a second
    }
    window.setTimeout(poll, 1000);
  };
  poll();
}

document.addEventListener("DOMContentLoaded", () => {
  chooseFiles();
  followProgress();
});
