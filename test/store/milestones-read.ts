// What every test of a store's milestones checks once the case file is stored: its milestones are
// read with the ids the whole case gives them (each one's place in the timeline, counted when
// read), whole, a page at a time, streamed, by participant, on each entity's profile page, and
// with the contradictions about an entity or about a milestone of theirs.
import assert from "node:assert/strict";
import { indexCase, profilePage } from "../../src/casefile/queries.js";
import type { CaseFile } from "../../src/casefile/types.js";
import type { StoredCase } from "../../src/store/case/tables.js";
import { storedProfilePage } from "../../src/store/case/views.js";
import { pickOne } from "../../src/store/corrections.js";

export async function assertMilestonesRead(stored: StoredCase, file: CaseFile): Promise<void> {
  for (const list of ["timeline", "reports"] as const) {
    assert.deepEqual(await stored.milestones(list), file[list], `the ${list}, with the ids counted in order`);
    for (const [offset, limit] of [
      [1, 1],
      [0, 2],
      [1, -1],
    ])
      assert.deepEqual(
        await stored.milestones(list, undefined, { offset, limit }),
        file[list].slice(offset, limit < 0 ? undefined : offset + limit),
        `a page of the ${list} at ${offset}`,
      );
    const streamed: string[] = [];
    for await (const json of stored.milestoneJson(list, { offset: 1 }, 1)) streamed.push(json);
    assert.deepEqual(
      streamed,
      file[list].slice(1).map((t) => JSON.stringify(t)),
      "streamed a row at a time from the second, byte for byte",
    );
    for (const e of file.entities)
      assert.deepEqual(
        await stored.milestones(list, e.id),
        file[list].filter((t) => t.participants.includes(e.id)),
        `the ${list} milestones ${e.name} takes part in`,
      );
  }
  const whole = indexCase(file);
  for (const e of file.entities) {
    assert.deepEqual(
      await storedProfilePage(stored, e.id, 1, (found) => pickOne(found, e.id)),
      profilePage(whole, e, 1),
      `${e.name}'s profile page`,
    );
    const slice = await stored.entitySlice(e.id);
    const mine = new Set([e.id, ...slice.timeline.map((t) => t.id)]);
    assert.deepEqual(
      slice.contradictions,
      file.contradictions.filter((x) => mine.has(x.subjectId)),
      `the contradictions about ${e.name} or a milestone of theirs`,
    );
  }
}
