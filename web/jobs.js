// The ingest queue's progress in the masthead (PostgreSQL stores, where `casefile ingest --queue`
// leaves articles to `casefile worker`s). While jobs wait or run it shows a progress bar and the
// counts, asking again every few seconds; once the queue is empty it says so and offers the new
// articles. A store without a queue (a SQLite file) shows nothing. Screen readers hear the
// start and the end (a status region), not every tick.
import { get, ApiError } from "./api.js";
import { h, on, clear, plural } from "./dom.js";

const POLL_MS = 2000;

let timer = null;
let asking = false;
/** completed + dead when jobs were first seen pending: the batch is counted from there. */
let base = null;
/** Whether the last answer had jobs waiting or running. */
let wasPending = false;

/** Starts watching the queue: now, after each view is drawn, and every POLL_MS while jobs are pending. */
export function watchJobs() {
  document.addEventListener("casefile:drawn", () => {
    if (!timer) void refresh();
  });
  void refresh();
}

async function refresh() {
  if (asking) return;
  asking = true;
  timer = null;
  let answer;
  try {
    answer = await get("/api/jobs");
  } catch (e) {
    // A server without the route, a token not accepted, the network down: no indicator.
    answer = { queue: false, error: e instanceof ApiError ? e.message : String(e) };
  } finally {
    asking = false;
  }
  const pending = answer.queue && answer.queued + answer.active > 0;
  draw(answer, pending);
  if (pending) timer = setTimeout(refresh, POLL_MS);
}

function draw(answer, pending) {
  const box = document.getElementById("jobs-indicator");
  if (!box) return;
  if (!answer.queue) {
    box.hidden = true;
    return;
  }
  const settled = answer.completed + answer.dead;
  if (pending && base === null) base = settled;
  const announce = document.getElementById("jobs-announce");
  if (pending) {
    const done = settled - base;
    const total = done + answer.queued + answer.active;
    drawProgress(box, answer, done, total);
    if (!wasPending) announce.textContent = `Ingest queue: ${plural(total, "article")} to store.`;
  } else if (wasPending) {
    drawFinished(box, answer, settled - base);
    announce.textContent = `Ingest queue done: ${plural(settled - base, "job")} finished, ${answer.dead} failed.`;
    base = null;
  } else if (answer.dead > 0) {
    drawFailures(box, answer);
  } else {
    box.hidden = true;
  }
  wasPending = pending;
}

function counts(answer) {
  return [
    `${answer.queued} waiting`,
    answer.failed ? `${answer.failed} to retry` : null,
    `${answer.active} running`,
    answer.dead ? `${answer.dead} failed` : null,
  ]
    .filter(Boolean)
    .join(" · ");
}

function drawProgress(box, answer, done, total) {
  clear(box).append(
    h("label", { for: "jobs-progress", class: "jobs-label" }, "Storing articles"),
    h("progress", { id: "jobs-progress", max: String(Math.max(total, 1)), value: String(done) }),
    h("span", { class: "jobs-text", id: "jobs-text" }, `${done} of ${total} · ${counts(answer)}`),
  );
  box.dataset.state = "pending";
  box.hidden = false;
}

function drawFinished(box, answer, done) {
  const button = h("button", { type: "button", class: "link-button", id: "jobs-reload" }, "show them");
  on(button, "click", () => {
    box.hidden = true;
    window.dispatchEvent(new CustomEvent("hashchange"));
  });
  clear(box).append(
    h(
      "span",
      { class: "jobs-text", id: "jobs-text" },
      `Queue done: ${plural(done, "job")} finished${answer.dead ? `, ${answer.dead} failed (casefile jobs)` : ""}; `,
    ),
    button,
  );
  box.dataset.state = "done";
  box.hidden = false;
}

function drawFailures(box, answer) {
  clear(box).append(
    h(
      "span",
      {
        class: "jobs-text",
        id: "jobs-text",
        title: "casefile jobs lists them; casefile jobs --retry-dead tries again",
      },
      `${plural(answer.dead, "queued article")} failed to store`,
    ),
  );
  box.dataset.state = "failed";
  box.hidden = false;
}
