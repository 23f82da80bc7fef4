import type { Writable } from 'node:stream';
import type { Column, FlatValue } from './flatten.js';
import { drained, finished, type ExportWriter } from './writer.js';

/** Lets Excel read the file as UTF-8 (Indonesian names, "·" in headers). */
const BOM = '\uFEFF';
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
const CRLF = '\r\n';

/**
 * A text cell Excel would run as a formula (`=`, `+`, `-`, `@`, tab, CR) is prefixed with an apostrophe:
 * names and feedback are typed by people, and a CSV is opened by someone else (CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: RFC 4180, quoted when it holds a comma, a quote or a line break. */
export function csvField(value: FlatValue, column: Column): string {
  if (value === null) return '';
  let text = typeof value === 'string' ? value : String(value);
  if (typeof value === 'string' && column.type === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return quote(text);
}

const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

export const csvLine = (values: readonly FlatValue[], columns: readonly Column[]) =>
  values.map((v, i) => csvField(v, columns[i]!)).join(',') + CRLF;

/** CSV: UTF-8 with a BOM, `,` separated, CRLF line ends, one write per page. */
export function csvWriter(response: Writable): ExportWriter {
  let columns: readonly Column[] = [];
  const write = (text: string) => {
    if (!response.destroyed) response.write(text);
    return drained(response, response);
  };
  return {
    contentType: CSV_CONTENT_TYPE,
    extension: 'csv',
    begin(list) {
      columns = list;
      return write(BOM + list.map((c) => quote(c.header)).join(',') + CRLF);
    },
    rows(rows) {
      if (rows.length === 0) return Promise.resolve();
      return write(rows.map((row) => csvLine(row, columns)).join(''));
    },
    async incomplete(message) {
      await write(quote(message) + CRLF);
      response.end();
      await finished(response);
    },
    async end() {
      response.end();
      await finished(response);
    },
  };
}
