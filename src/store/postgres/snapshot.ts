// The portable executor of a PostgreSQL store with snapshots (`SqlExecutor.snapshot`): a
// request's reads run in one REPEATABLE READ READ ONLY transaction on one connection of the pool,
// so a refresh of the case committed between two of them is not seen by the second. Every other
// call is the pool executor's (./executor.ts).
import type { SqlExecutor, SqlValue } from "../sql/executor.js";
import type { PgExecutor } from "./executor.js";

/** `executor` with snapshots: a transaction whose first statement makes it a read-only snapshot. */
export function withSnapshots(executor: PgExecutor): SqlExecutor {
  return {
    dialect: executor.dialect,
    run: (sql: string, params?: readonly SqlValue[]) => executor.run(sql, params),
    get: <T>(sql: string, params?: readonly SqlValue[]) => executor.get<T>(sql, params),
    all: <T>(sql: string, params?: readonly SqlValue[]) => executor.all<T>(sql, params),
    transaction: <T>(fn: (tx: SqlExecutor) => Promise<T>) => executor.transaction(fn),
    snapshot: <T>(fn: (tx: SqlExecutor) => Promise<T>) =>
      executor.transaction(async (tx) => {
        await tx.run("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
        return fn(tx);
      }),
  };
}
