import { DeadlineError, deadlineOfDateCell, parseDeadline, type Deadline } from './deadline.ts';
import { resolveMeasure, UnknownMeasureError, type LedgerMeasure } from './plan-measures.ts';
import { splitUnitNames, type UnitRegistry } from './units.ts';

/**
 * The yearly task table in the government's usual layout (序号 / 重点任务 / 具体措施 / 牵头单位 / 配合单位 /
 * 完成时限), read from cells into tasks. Every problem is collected with its cell, so one answer names them all.
 */
export interface SheetCell {
  /** A1-style address of the cell as it sits in the sheet ("D9"). */
  address: string;
  /** The cell's value: text, a number, a date cell, or null when empty. */
  value: string | number | Date | null;
  /** The formula, when the cell holds one (refused: a ledger holds values). */
  formula?: string | undefined;
  /** For a cell covered by a merge, the address of the merge's top-left cell (whose value it shows). */
  mergedInto?: string | undefined;
}

export interface SheetGrid {
  name: string;
  /** rows[r][c]: row r+1, column c+1, as far as the sheet holds values. */
  rows: SheetCell[][];
}

export interface SheetProblem {
  cell: string;
  reason: string;
}

export interface SheetTask {
  row: number;
  number: string;
  measure: LedgerMeasure;
  text: string;
  lead: string[];
  partners: string[];
  deadline: Deadline;
  deadlineText: string;
}

export const sheetTitles = ['序号', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限'] as const;
type Title = (typeof sheetTitles)[number];

export class SheetHeaderError extends Error {
  constructor() {
    super(`no header row (${sheetTitles.join(' / ')}) in the first five rows of the first sheet`);
    this.name = 'SheetHeaderError';
  }
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

function textOf(value: SheetCell['value']): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** The header: the first row among the first five holding the six titles (spaces and line breaks ignored). */
function findHeader(grid: SheetGrid): { row: number; columns: Record<Title, number> } {
  for (let r = 0; r < Math.min(5, grid.rows.length); r++) {
    const columns: Partial<Record<Title, number>> = {};
    grid.rows[r]!.forEach((cell, c) => {
      const title = squeeze(textOf(cell.value)) as Title;
      if ((sheetTitles as readonly string[]).includes(title) && columns[title] === undefined) columns[title] = c;
    });
    if (sheetTitles.every((title) => columns[title] !== undefined))
      return { row: r, columns: columns as Record<Title, number> };
  }
  throw new SheetHeaderError();
}

function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export interface SheetContext {
  measures: LedgerMeasure[];
  units: UnitRegistry;
  /** The year of `--year`: what 年底前 without a year means. */
  year: number;
}

/** Reads the task rows under the header; problems name their cell. A file with any problem stores nothing. */
export function readTaskSheet(
  grid: SheetGrid,
  context: SheetContext,
): { tasks: SheetTask[]; problems: SheetProblem[] } {
  const header = findHeader(grid);
  const byAddress = new Map(grid.rows.flat().map((cell) => [cell.address, cell]));
  const tasks: SheetTask[] = [];
  const problems: SheetProblem[] = [];
  const reported = new Set<string>();
  const firstRowOf = new Map<string, number>();
  const problem = (cell: string, reason: string) => {
    if (!reported.has(`${cell}\0${reason}`)) problems.push({ cell, reason });
    reported.add(`${cell}\0${reason}`);
  };

  for (let r = header.row + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r]!;
    const rowNumber = r + 1;
    const at = (title: Title): SheetCell => {
      const c = header.columns[title];
      return row[c] ?? { address: `${columnLetter(c)}${rowNumber}`, value: null };
    };
    // A merged cell shows the value of its merge's top-left cell (重点任务 merged down over its tasks).
    const shown = (title: Title): SheetCell => {
      const cell = at(title);
      return cell.mergedInto ? (byAddress.get(cell.mergedInto) ?? cell) : cell;
    };
    const own = sheetTitles.filter((title) => title !== '重点任务' || !at(title).mergedInto);
    if (own.every((title) => textOf(at(title).value) === '' && !at(title).formula)) continue;

    let bad = false;
    for (const title of sheetTitles) {
      const cell = shown(title);
      if (cell.formula !== undefined) {
        problem(cell.address, `formula cells are not accepted (=${cell.formula})`);
        bad = true;
      }
    }
    if (bad) continue;

    const numberCell = at('序号');
    const number = textOf(numberCell.value);
    if (number === '') problem(numberCell.address, '序号 is empty');
    else if (firstRowOf.has(number))
      problem(numberCell.address, `repeated 序号 "${number}" (first in row ${firstRowOf.get(number)})`);
    else firstRowOf.set(number, rowNumber);

    const measureCell = shown('重点任务');
    let measure: LedgerMeasure | undefined;
    if (textOf(measureCell.value) === '') problem(measureCell.address, '重点任务 is empty');
    else {
      try {
        measure = resolveMeasure(context.measures, textOf(measureCell.value));
      } catch (error) {
        if (!(error instanceof UnknownMeasureError)) throw error;
        problem(measureCell.address, error.message);
      }
    }

    const textCell = at('具体措施');
    const text = textOf(textCell.value);
    if (text === '') problem(textCell.address, '具体措施 is empty');

    const units = (title: '牵头单位' | '配合单位'): string[] => {
      const cell = at(title);
      const names = splitUnitNames(textOf(cell.value));
      if (title === '牵头单位' && names.length === 0) problem(cell.address, '牵头单位 is empty');
      const resolved: string[] = [];
      for (const name of names) {
        const unit = context.units.tryResolve(name);
        if (!unit) problem(cell.address, `unknown unit "${name}"`);
        else if (!resolved.includes(unit.name)) resolved.push(unit.name);
      }
      return resolved;
    };
    const lead = units('牵头单位');
    const partners = units('配合单位').filter((name) => !lead.includes(name));

    const deadlineCell = at('完成时限');
    const deadlineText = textOf(deadlineCell.value);
    let deadline: Deadline | undefined;
    if (deadlineText === '') problem(deadlineCell.address, '完成时限 is empty');
    else {
      try {
        deadline =
          deadlineCell.value instanceof Date
            ? deadlineOfDateCell(deadlineCell.value)
            : parseDeadline(typeof deadlineCell.value === 'number' ? '' : deadlineText, context.year);
      } catch (error) {
        if (!(error instanceof DeadlineError)) throw error;
        problem(deadlineCell.address, `not a date: "${deadlineText}"`);
      }
    }

    if (number !== '' && measure && text !== '' && lead.length > 0 && deadline)
      tasks.push({ row: rowNumber, number, measure, text, lead, partners, deadline, deadlineText });
  }
  return { tasks: problems.length === 0 ? tasks : [], problems };
}
