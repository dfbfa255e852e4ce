// Compares every sheet of OUT/aid.xlsx, as LibreOffice exports it to CSV,
// with the CSV file of that table: same header, same number of rows, and
// the same values once normalised by the column's type (numbers as floats,
// dates ISO, booleans case-insensitive, empty = null). The export quotes
// text cells only, which shows each cell's type: numbers, dates and
// booleans must be real ones, not text.
//
// Usage: node xlsx.mjs OUT_DIR SHEETS_DIR
// SHEETS_DIR holds aid-<sheet>.csv files, as written by
//   soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false,false,false,-1' aid.xlsx
import path from 'node:path';
import fs from 'node:fs';
import { loadTables, readCSV, readCSVCells } from './lib.mjs';

const dir = path.resolve(process.argv[2] || 'out');
const sheets = path.resolve(process.argv[3] || path.join(dir, 'xlsx-sheets'));
let tables;
try {
  tables = loadTables(dir);
} catch (e) {
  console.error(`check-xlsx: ${e.message}`);
  process.exit(2);
}

let failures = 0;
const fail = (msg) => {
  failures++;
  if (failures <= 50) console.error(`check-xlsx: ${msg}`);
};

// A date cell with the workbook's yyyy-mm-dd format is exported as such; a
// day serial number (a date without its format) or any other form fails.
function isoDate(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: 00:00(?::00)?)?$/.exec(s);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : `invalid date ${s}`;
}

function same(type, a, b) {
  if (a === b) return true;
  if (a === '' || b === '') return false;
  switch (type) {
    case 'integer':
    case 'number': {
      const x = Number(a.replace(/[$,\s]/g, ''));
      const y = Number(b.replace(/[$,\s]/g, ''));
      if (Number.isNaN(x) || Number.isNaN(y)) return false;
      // Spreadsheets keep 15 significant digits.
      return x === y || Math.abs(x - y) <= 1e-12 * Math.max(Math.abs(x), Math.abs(y));
    }
    case 'date':
      return isoDate(a) === isoDate(b);
    case 'boolean':
      return a.toLowerCase() === b.toLowerCase();
  }
  return false;
}

const report = [];
for (const t of tables) {
  const sheetFile = path.join(sheets, `aid-${t.name}.csv`);
  if (!fs.existsSync(sheetFile)) {
    fail(`no sheet ${t.name} in aid.xlsx (${sheetFile} missing)`);
    continue;
  }
  const want = readCSV(t.path);
  // Trailing empty records (and rows LibreOffice pads) are not data.
  const cells = readCSVCells(sheetFile).filter((r) => r.some((c) => c.v !== ''));
  const got = cells.map((r) => r.map((c) => c.v));
  const header = want[0];
  if (got.length === 0 || got[0].slice(0, header.length).join(',') !== header.join(',')) {
    fail(`${t.name}: sheet header ${JSON.stringify(got[0])}, want ${JSON.stringify(header)}`);
    continue;
  }
  if (got.length !== want.length) {
    fail(`${t.name}: sheet has ${got.length - 1} rows, CSV has ${want.length - 1}`);
  }
  const types = t.fields.map((f) => f.type);
  const n = Math.min(got.length, want.length);
  for (let i = 1; i < n; i++) {
    for (let j = 0; j < header.length; j++) {
      const a = got[i][j] ?? '';
      const b = want[i][j] ?? '';
      const q = cells[i][j]?.q ?? false;
      if (a !== '' && (types[j] === 'string') !== q) {
        fail(`${t.name} row ${i + 1} ${header[j]}: ${JSON.stringify(a)} is ${q ? 'text' : 'not text'} in the sheet, want a ${types[j]} cell`);
      }
      if (!same(types[j], a, b)) {
        fail(`${t.name} row ${i + 1} ${header[j]} (${types[j]}): sheet ${JSON.stringify(a)}, CSV ${JSON.stringify(b)}`);
      }
    }
  }
  report.push(`${t.name} ${want.length - 1}`);
}

if (failures > 0) {
  console.error(`check-xlsx: FAILED with ${failures} problem(s)`);
  process.exit(1);
}
console.log(`check-xlsx: ok: every sheet equals its CSV: ${report.join(', ')}`);
