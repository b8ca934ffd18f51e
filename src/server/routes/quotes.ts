// Who said what: the speakers, the quotes filtered, and each actor's account.
import { Type } from "@sinclair/typebox";
import { AccountsQuery, Loose, NoQuery, PageOf, QuoteItem, QuotesQuery, Speaker } from "../api-schema.js";
import { accountsAnswer } from "../accounts.js";
import { storedAccounts } from "../case-views.js";
import { viewRoute, type Route } from "../http.js";
import { listQuotes, listSpeakers } from "../queries.js";
import { storedQuotes, storedSpeakers } from "../stored.js";

export function quoteRoutes(): Route[] {
  return [
    viewRoute(
      {
        url: "/api/cases/:case/speakers",
        summary: "Everyone quoted in the case, most quoted first",
        tags: ["quotes"],
        querystring: NoQuery,
        answer: { description: "Speakers", schema: Type.Array(Speaker) },
      },
      listSpeakers,
      (stored) => storedSpeakers(stored),
    ),
    viewRoute(
      {
        url: "/api/cases/:case/quotes",
        summary: "Who said what, filtered by speaker, organisation, text and publication date",
        tags: ["quotes"],
        querystring: QuotesQuery,
        answer: { description: "A page of quotes", schema: PageOf(QuoteItem) },
      },
      listQuotes,
      (stored, query) => storedQuotes(stored, query),
    ),
    viewRoute(
      {
        url: "/api/cases/:case/accounts",
        summary: "Each actor's statements in said-at order, and statements on one subject side by side",
        tags: ["quotes"],
        querystring: AccountsQuery,
        answer: {
          description: "Accounts and subjects (statements are quote items with `when` and `dated`)",
          schema: Loose({ rule: Type.String(), accounts: Type.Array(Loose()), subjects: Type.Array(Loose()) }),
        },
      },
      (v, query) => accountsAnswer(v, query.subjects),
      (stored, query) => storedAccounts(stored, query.subjects),
    ),
  ];
}
