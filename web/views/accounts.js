// Accounts side by side: for each subject two or more actors spoke about, one column per actor
// with their statements in the order they were said; then each actor's whole account.
import { get, casePath } from "../api.js";
import { h, plural } from "../dom.js";
import { entityLink, empty, sourceLine, statementFacts } from "./common.js";
import { quoted } from "./quotes.js";

function statementCard(caseName, s) {
  return h(
    "li",
    { class: "statement", dataset: { quote: s.id } },
    statementFacts(s),
    h("blockquote", null, s.kind === "indirect" ? s.text : quoted(s.text)),
    h("div", { class: "quote-source" }, sourceLine(caseName, s.document, s.start, s.end)),
  );
}

/** One actor's statements under their name and role. */
function actorColumn(caseName, tag, className, { actor, statements }) {
  return h(
    tag,
    { class: className, dataset: { actor: actor.id } },
    h("h3", null, entityLink(caseName, actor), actor.role ? h("span", { class: "role" }, `, ${actor.role}`) : null),
    h(
      "ol",
      { class: "statement-list" },
      statements.map((s) => statementCard(caseName, s)),
    ),
  );
}

function subjectBlock(caseName, subject) {
  return h(
    "section",
    { class: "panel subject", dataset: { subject: subject.key } },
    h("h2", null, subject.label),
    h("p", { class: "note" }, subject.why),
    h(
      "div",
      { class: "side-by-side", style: `--sides:${Math.min(subject.sides.length, 4)}` },
      subject.sides.map((side) => actorColumn(caseName, "div", "side", side)),
    ),
  );
}

export async function accountsView(route) {
  const name = route.caseName;
  const a = await get(casePath(name, "accounts"), { subjects: 12 });
  return h(
    "div",
    { class: "page accounts" },
    h("h1", null, "Accounts side by side"),
    h("p", { class: "note", id: "grouping-rule" }, a.rule),
    h("h2", null, `${plural(a.subjects.length, "subject")} more than one actor spoke about`),
    a.subjects.length
      ? h(
          "div",
          { id: "subjects" },
          a.subjects.map((s) => subjectBlock(name, s)),
        )
      : empty("No subject two actors spoke about."),
    h("h2", null, "Each actor's account, in the order it was given"),
    a.accounts.length
      ? h(
          "div",
          { id: "actor-accounts" },
          a.accounts.map((acc) => actorColumn(name, "section", "panel account", acc)),
        )
      : empty("No statement is attributed to anyone yet."),
  );
}
