import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Column, FlatValue } from './flatten.js';
import { drained, finished, type ExportWriter } from './writer.js';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const DATE_FORMATS: Partial<Record<Column['type'], string>> = { date: 'yyyy-mm-dd', datetime: 'yyyy-mm-dd hh:mm:ss' };

/** An XLSX cell keeps numbers, booleans and dates typed; dates (ISO strings from GraphQL) become Excel dates (UTC). */
function cell(value: FlatValue, column: Column): ExcelJS.CellValue {
  if (value === null) return null;
  if ((column.type === 'date' || column.type === 'datetime') && typeof value === 'string') {
    const date = new Date(column.type === 'date' ? `${value}T00:00:00Z` : value);
    return Number.isNaN(date.getTime()) ? value : date;
  }
  return value;
}

/**
 * XLSX through exceljs's streaming WorkbookWriter, zipped straight into the response: each row is
 * committed as it is added, so only the current page is in memory. Inline strings (no shared-strings
 * table, which would keep every text until the end); styles on for the bold header and date formats.
 */
export function xlsxWriter(response: Writable): ExportWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: response,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Kinerja';
  const sheet = workbook.addWorksheet('Ekspor', { views: [{ state: 'frozen', ySplit: 1 }] });
  let columns: readonly Column[] = [];

  /**
   * Backpressure through the zip: rows go into the sheet's entry, whose compressor the archive pipes on
   * into the response. Wait until that compressor and the response have room before the next page.
   * Known gap: with a client that stops reading, this does not yet hold the pages back completely
   * (exceljs's entry stream ignores write() results; see export-stream.test.ts).
   */
  const roomForMore = async () => {
    const entry = (sheet as unknown as { stream?: { pipes?: Writable[] } }).stream;
    // Let the archive run; until it has reached the sheet's entry (after the theme), nothing drains it.
    do await new Promise((resolve) => setImmediate(resolve));
    while (!entry?.pipes?.length && !response.destroyed);
    for (const sink of entry?.pipes ?? []) await drained(sink, response);
    await drained(response, response);
  };
  const close = async () => {
    sheet.commit();
    await workbook.commit();
    await finished(response);
  };

  return {
    contentType: XLSX_CONTENT_TYPE,
    extension: 'xlsx',
    async begin(list) {
      columns = list;
      sheet.columns = list.map((column) => ({
        width: Math.min(60, Math.max(10, column.header.length + 2, column.type === 'datetime' ? 20 : 0)),
        style: DATE_FORMATS[column.type] ? { numFmt: DATE_FORMATS[column.type] } : {},
      }));
      const header = sheet.addRow(list.map((column) => column.header));
      header.font = { bold: true };
      header.commit();
    },
    async rows(rows) {
      if (response.destroyed) return;
      for (const row of rows) sheet.addRow(row.map((value, i) => cell(value, columns[i]!))).commit();
      await roomForMore();
    },
    async incomplete(message) {
      if (!response.destroyed) {
        const row = sheet.addRow([message]);
        row.font = { bold: true, color: { argb: 'FFC00000' } };
        row.commit();
      }
      await close();
    },
    end: close,
  };
}
