import pg from 'pg';
import { openScaleDatabase } from '/work/wt-perf/server/bench/scale-db.js';
const db = await openScaleDatabase();
const c = new pg.Client({ connectionString: db.url }); await c.connect();
for (const q of process.argv.slice(2)) console.log(q, JSON.stringify((await c.query(q)).rows));
await c.end(); await db.stop();
