// The brief kept in the store (issue 13): the refresh keeps the brief's model (`case_views`
// "brief-model", src/server/case-views.ts); the first request after it renders the page the API
// answers and `casefile brief` prints, and keeps it ("brief-page") until the next refresh.
// Apart from case-views.ts because the refresh (src/store/case/refresh.ts) imports that module.
import type { Brief } from "../brief/model.js";
import { readStoredCase } from "../store/case/refresh.js";
import { keepView } from "../store/case/tables.js";
import type { Store } from "../store/types.js";
import { briefPage } from "./accounts.js";
import { RawJson } from "./case-views.js";

/** Pages being rendered, by store, case and build: requests that come meanwhile wait for the same one. */
const rendering = new Map<string, Promise<string>>();

/**
 * GET …/brief and `casefile brief`: the brief of the stored case (`BRIEF_SUBJECTS` subjects side
 * by side), as `briefPage` renders it; undefined when the stored case is not up to date or holds
 * no brief. The page is rendered from the model the refresh kept on the first request after a
 * refresh and kept through `keepIn` (the same store, opened for writing; null: not kept) for the
 * next ones, until the next refresh (see `keepView`). The model and the page are read on one
 * snapshot; the rendering and the write happen outside it, so that no other request waits for them.
 */
export async function keptBrief(
  store: Store,
  caseName: string,
  keepIn: Pick<Store, "sql"> | null,
): Promise<RawJson | undefined> {
  const got = await readStoredCase(store, caseName, async (stored) => {
    const page = await stored.view("brief-page");
    if (page !== undefined) return { page };
    const [model, version] = await Promise.all([stored.view("brief-model"), stored.version()]);
    return model === undefined || version === undefined ? undefined : { model, version, caseId: stored.caseId };
  });
  if (got === undefined) return undefined;
  if (got.page !== undefined) return new RawJson(got.page);
  const { model, version, caseId } = got;
  const key = `${store.location}\0${caseId}\0${version.changes}\0${version.builtAt}`;
  let page = rendering.get(key);
  if (!page) {
    page = (async () => {
      const json = JSON.stringify(briefPage(JSON.parse(model) as Brief));
      if (keepIn) await keepView(keepIn.sql, caseId, version, "brief-page", json);
      return json;
    })();
    rendering.set(key, page);
    void page.then(
      () => rendering.delete(key),
      () => rendering.delete(key),
    );
  }
  return new RawJson(await page);
}
