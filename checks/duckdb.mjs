// Opens every Parquet file of OUT in DuckDB and asserts that each column has
// the type OUT/datapackage.json (derived from pipeline.Tables) gives it:
// string VARCHAR, integer BIGINT, number DOUBLE, date DATE, boolean BOOLEAN,
// in schema order; that each file has as many rows as the table's CSV file;
// and that its rows equal the CSV's read with those types.
//
// Usage: node duckdb.mjs OUT_DIR
import path from 'node:path';
import fs from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { loadTables, readCSV } from './lib.mjs';

const duckType = { string: 'VARCHAR', integer: 'BIGINT', number: 'DOUBLE', date: 'DATE', boolean: 'BOOLEAN' };

const dir = path.resolve(process.argv[2] || 'out');
let tables;
try {
  tables = loadTables(dir);
} catch (e) {
  console.error(`check-duckdb: ${e.message}`);
  process.exit(2);
}

let failures = 0;
const fail = (msg) => {
  failures++;
  console.error(`check-duckdb: ${msg}`);
};

const instance = await DuckDBInstance.create(':memory:');
const conn = await instance.connect();
const sqlString = (s) => `'${s.replaceAll("'", "''")}'`;

const report = [];
for (const t of tables) {
  const pq = path.join(dir, `${t.name}.parquet`);
  if (!fs.existsSync(pq)) {
    fail(`${pq} is missing`);
    continue;
  }
  const src = `read_parquet(${sqlString(pq)})`;
  const cols = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM ${src}`)).getRowObjectsJson();
  const got = cols.map((c) => `${c.column_name} ${c.column_type}`);
  const want = t.fields.map((f) => `${f.name} ${duckType[f.type]}`);
  if (got.join(', ') !== want.join(', ')) {
    for (let i = 0; i < Math.max(got.length, want.length); i++) {
      if (got[i] !== want[i]) fail(`${t.name}.parquet column ${i + 1}: ${got[i] ?? '(none)'}, want ${want[i] ?? '(none)'}`);
    }
  }
  const n = Number((await conn.runAndReadAll(`SELECT count(*) AS n FROM ${src}`)).getRowObjectsJson()[0].n);
  const csvRows = readCSV(t.path).length - 1;
  if (n !== csvRows) fail(`${t.name}.parquet has ${n} rows, ${t.name}.csv has ${csvRows}`);
  // Every value DuckDB reads must be the CSV's: compare the CSV read by
  // DuckDB with the declared types against the Parquet file.
  const types = `{${t.fields.map((f) => `${sqlString(f.name)}: ${sqlString(duckType[f.type])}`).join(', ')}}`;
  const csvSrc = `read_csv(${sqlString(t.path)}, header = true, columns = ${types}, nullstr = '', auto_detect = false)`;
  if (csvRows > 0) {
    const q = `SELECT count(*) AS n FROM ((SELECT * FROM ${src} EXCEPT ALL SELECT * FROM ${csvSrc}) UNION ALL (SELECT * FROM ${csvSrc} EXCEPT ALL SELECT * FROM ${src}))`;
    const diff = Number((await conn.runAndReadAll(q)).getRowObjectsJson()[0].n);
    if (diff !== 0) fail(`${t.name}: ${diff} rows differ between the Parquet and the CSV file`);
  }
  report.push(`${t.name} ${n}`);
}
conn.closeSync?.();

if (failures > 0) {
  console.error(`check-duckdb: FAILED with ${failures} problem(s)`);
  process.exit(1);
}
console.log(`check-duckdb: ok: ${tables.length} Parquet files, types as the schema, rows: ${report.join(', ')}`);
