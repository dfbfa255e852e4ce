// Validates OUT/datapackage.json and its CSV files with the Frictionless
// `datapackage` library: the descriptor is a valid tabular data package,
// every row of every resource casts to its Table Schema (types, enum
// constraints, unique primary keys) and every foreign key resolves.
//
// Usage: node datapackage.mjs OUT_DIR
import { createRequire } from 'node:module';
import path from 'node:path';
import fs from 'node:fs';

const require = createRequire(import.meta.url);
const { Package } = require('datapackage');

const dir = path.resolve(process.argv[2] || 'out');
const descriptor = path.join(dir, 'datapackage.json');
if (!fs.existsSync(descriptor)) {
  console.error(`check-datapackage: ${descriptor} is missing; run make extract first`);
  process.exit(2);
}

let failures = 0;
const fail = (msg) => {
  failures++;
  if (failures <= 50) console.error(`check-datapackage: ${msg}`);
};

const dp = await Package.load(descriptor, { basePath: dir, strict: false });
if (!dp.valid) {
  for (const e of dp.errors) fail(`descriptor: ${e.message}`);
}
if (dp.descriptor.profile !== 'tabular-data-package') {
  fail(`profile is ${dp.descriptor.profile}, want tabular-data-package`);
}

const report = [];
for (const resource of dp.resources) {
  const name = resource.name;
  if (!resource.valid) {
    for (const e of resource.errors) fail(`${name}: ${e.message}`);
    continue;
  }
  if (!resource.tabular) {
    fail(`${name}: not a tabular resource`);
    continue;
  }
  const schema = resource.schema;
  const fks = schema.foreignKeys || [];
  let rows;
  try {
    rows = await resource.read({ relations: fks.length > 0, forceCast: true });
  } catch (e) {
    const errs = e.errors && e.errors.length ? e.errors : [e];
    for (const x of errs) fail(`${name}: ${x.message}`);
    continue;
  }
  rows.forEach((row, i) => {
    if (row instanceof Error) {
      const errs = row.errors && row.errors.length ? row.errors : [row];
      for (const x of errs) fail(`${name} row ${i + 2}: ${x.message}`);
    }
  });
  report.push(`${name} ${rows.length} rows, pk ${JSON.stringify(schema.primaryKey)}, ${fks.length} foreign keys`);
}

if (dp.resources.length === 0) fail('no resources');
if (failures > 0) {
  console.error(`check-datapackage: FAILED with ${failures} problem(s)`);
  process.exit(1);
}
console.log(`check-datapackage: ok: ${report.join('; ')}`);
