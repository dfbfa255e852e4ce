// Helpers shared by the checks: an RFC 4180 CSV parser and the table
// schemas of OUT/datapackage.json.
import fs from 'node:fs';
import path from 'node:path';

// parseCSV returns the records of an RFC 4180 text (header included), each
// a list of cells {v: value, q: whether the cell was quoted}.
export function parseCSV(text) {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const records = [];
  let rec = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  let i = 0;
  const end = () => {
    rec.push({ v: field, q: wasQuoted });
    field = '';
    wasQuoted = false;
  };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"') {
      quoted = true;
      wasQuoted = true;
    } else if (c === ',') {
      end();
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      end();
      records.push(rec);
      rec = [];
    } else {
      field += c;
    }
    i++;
  }
  if (field !== '' || wasQuoted || rec.length > 0) {
    end();
    records.push(rec);
  }
  return records;
}

// readCSV returns the records of a CSV file as lists of strings.
export function readCSV(file) {
  return readCSVCells(file).map((r) => r.map((c) => c.v));
}

// readCSVCells returns the records of a CSV file as parseCSV does.
export function readCSVCells(file) {
  return parseCSV(fs.readFileSync(file, 'utf8'));
}

// loadTables returns [{name, path, fields: [{name, type}]}] from
// DIR/datapackage.json, the descriptor every CSV run writes.
export function loadTables(dir) {
  const file = path.join(dir, 'datapackage.json');
  if (!fs.existsSync(file)) {
    throw new Error(`${file} is missing; run make extract first`);
  }
  const dp = JSON.parse(fs.readFileSync(file, 'utf8'));
  return dp.resources.map((r) => ({
    name: r.name,
    path: path.join(dir, r.path),
    fields: r.schema.fields.map((f) => ({ name: f.name, type: f.type })),
  }));
}
