import ExcelJS from 'exceljs';
import type { SheetCell, SheetGrid } from '../ledger/sheet.ts';

/** A file that is not an .xlsx workbook exceljs can read (a CSV, an .xls, a truncated or random file). */
export class WorkbookError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'WorkbookError';
  }
}

/** Large enough for any yearly table (a few hundred rows); a larger upload is refused before it is unzipped. */
export const maxWorkbookBytes = 20 * 1024 * 1024;

function cellValue(cell: ExcelJS.Cell): { value: SheetCell['value']; formula?: string } {
  const value = cell.value;
  if (value === null || value === undefined) return { value: null };
  if (value instanceof Date) return { value };
  if (typeof value === 'string' || typeof value === 'number') return { value };
  if (typeof value === 'boolean') return { value: value ? 'TRUE' : 'FALSE' };
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value ? value.formula : value.sharedFormula;
    return { value: null, formula: String(formula ?? '') };
  }
  if ('richText' in value) return { value: value.richText.map((run) => run.text).join('') };
  if ('text' in value && typeof value.text === 'string') return { value: value.text };
  if ('error' in value) return { value: String(value.error) };
  return { value: String(cell.text ?? '') };
}

/** The first sheet of an .xlsx file as cells (values, formulas, merges). */
export async function readFirstSheet(content: Buffer): Promise<SheetGrid> {
  if (content.length > maxWorkbookBytes)
    throw new WorkbookError(`the file is larger than ${maxWorkbookBytes / 1024 / 1024} MiB`);
  // An .xlsx file is a zip archive: anything else (CSV, the old .xls, text) is refused before exceljs reads it.
  if (content.length < 4 || content.readUInt32LE(0) !== 0x04034b50)
    throw new WorkbookError('not an Excel workbook (.xlsx)');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (error) {
    throw new WorkbookError(`not a readable Excel workbook (.xlsx): ${(error as Error).message}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new WorkbookError('the workbook has no sheet');
  const rows: SheetCell[][] = [];
  const columns = Math.min(sheet.columnCount, 200);
  for (let r = 1; r <= Math.min(sheet.rowCount, 100_000); r++) {
    const row = sheet.getRow(r);
    const cells: SheetCell[] = [];
    for (let c = 1; c <= columns; c++) {
      const cell = row.getCell(c);
      const merged = cell.isMerged && cell.master.address !== cell.address ? cell.master.address : undefined;
      const { value, formula } = merged ? { value: null, formula: undefined } : cellValue(cell);
      cells.push({ address: cell.address, value, formula, mergedInto: merged });
    }
    rows.push(cells);
  }
  return { name: sheet.name, rows };
}

export interface ExportRow {
  number: string;
  measure: string;
  text: string;
  lead: string;
  partners: string;
  deadline: string;
  node: string;
  light: string;
}

/**
 * The ledger in the import's layout: a title row merged across the columns, the header, one row per task with
 * 重点任务 merged over each measure's consecutive rows, plus 当前环节 and 状态.
 */
export async function writeLedgerWorkbook(sheetName: string, title: string, rows: ExportRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  const header = ['序号', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限', '当前环节', '状态'];
  sheet.addRow([title]);
  sheet.mergeCells(1, 1, 1, header.length);
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  sheet.addRow(header).font = { bold: true };
  for (const row of rows)
    sheet.addRow([row.number, row.measure, row.text, row.lead, row.partners, row.deadline, row.node, row.light]);
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i === rows.length || rows[i]!.measure !== rows[start]!.measure) {
      if (i - start > 1) sheet.mergeCells(start + 3, 2, i + 2, 2);
      start = i;
    }
  }
  sheet.getColumn(2).alignment = { vertical: 'middle', wrapText: true };
  sheet.getColumn(3).alignment = { wrapText: true };
  for (const [index, width] of [6, 24, 60, 24, 30, 16, 10, 6].entries()) sheet.getColumn(index + 1).width = width;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
