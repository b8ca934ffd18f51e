// The overview's notice that some of the case's articles were extracted by an earlier version of
// Casefile (their people, quotes and events are that version's), with a button that extracts them
// again with this one (POST …/extractions, the run `casefile rebuild --extract` makes) and the
// run's progress, asked for again every second until it ends; then the overview is drawn again.
// When nothing is left to make (another run made them meanwhile) the POST answers a run done with
// 0 articles, and the page says so and draws the overview again.
// On a PostgreSQL store the run is jobs for the store's `casefile worker`s, and the status says so.
import { get, post, casePath } from "../api.js";
import { h, on, plural } from "../dom.js";
import { showStatus } from "./common.js";

const POLL_MS = 1000;

/** The notice, or null when every article was extracted by this version and no run is under way. */
export async function staleNotice(caseName) {
  const path = casePath(caseName, "extractions");
  const state = await get(path);
  const running = state.run?.state === "running";
  if (!state.otherBuild && !running) return null;
  const n = state.otherBuild;
  const status = h("div", { class: "status-line", id: "stale-status", role: "status" });
  const button = h("button", { type: "button", class: "button primary", id: "extract-again" }, "Extract them again");
  const notice = h(
    "section",
    { class: "notice", id: "stale-notice", "aria-labelledby": "stale-title" },
    h(
      "p",
      { id: "stale-title" },
      h(
        "strong",
        null,
        `${plural(n, "article")} ${n === 1 ? "was" : "were"} extracted by an earlier version of Casefile.`,
      ),
      ` The people, quotes and events found in ${n === 1 ? "it" : "them"} are that version's. `,
      "Extract them again with this version to bring the case up to date (on the command line: ",
      h("code", null, state.command),
      ").",
    ),
    h("div", { class: "actions" }, button),
    status,
  );
  /** Follows the run from `answer` (the POST's, when there is one), asking again until it ends. */
  const follow = async (answer) => {
    button.disabled = true;
    for (let now = answer ?? (await get(path)); ; now = await get(path)) {
      const run = now.run;
      if (!run || run.state === "failed") {
        button.disabled = false;
        return showStatus(status, "error", `Extracting again stopped: ${run?.message ?? "the run was lost"}`);
      }
      if (run.state === "done") {
        showStatus(
          status,
          "ok",
          run.total ? `${plural(run.done, "article")} extracted again.` : "Nothing left to extract again.",
        );
        // The overview again, drawn from the case as this version extracted it.
        window.dispatchEvent(new CustomEvent("hashchange"));
        return;
      }
      showStatus(
        status,
        "busy",
        h("progress", { max: String(run.total || 1), value: String(run.done), "aria-label": "Extracting again" }),
        ` Extracting again: ${run.done} of ${run.total}`,
        // A team store's run is jobs that wait for a worker; the page cannot tell whether one runs.
        now.queue ? " (jobs for the store's workers: they start when casefile worker runs)" : "",
      );
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  };
  on(button, "click", async () => {
    button.disabled = true;
    try {
      await follow((await post(path, {})).data);
    } catch (err) {
      button.disabled = false;
      showStatus(status, "error", err.message);
    }
  });
  if (running) void follow().catch((err) => showStatus(status, "error", err.message));
  return notice;
}
