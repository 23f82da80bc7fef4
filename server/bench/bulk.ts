import type pg from 'pg';

/** A column of a bulk insert: its name and the PostgreSQL array element type its values are sent as. */
export type Column = readonly [name: string, type: string];

/**
 * Inserts rows with one statement per batch: each column travels as one array parameter and
 * `unnest` turns them back into rows (no per-row statements, no COPY dependency).
 */
export async function insertRows(
  client: pg.ClientBase,
  table: string,
  columns: readonly Column[],
  rows: readonly unknown[][],
  batch = 5000,
): Promise<void> {
  const names = columns.map(([name]) => `"${name}"`).join(', ');
  const params = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  const sql = `insert into "${table}" (${names}) select * from unnest(${params})`;
  for (let start = 0; start < rows.length; start += batch) {
    const slice = rows.slice(start, start + batch);
    await client.query(
      sql,
      columns.map((_, c) => slice.map((row) => row[c])),
    );
  }
}
