import ExcelJS from 'exceljs';

/** A cell of a test sheet: a value, a formula, or a date. */
export type TestCell = string | number | Date | null | { formula: string };

export interface TestSheet {
  name?: string;
  /** Rows above the header (a title merged across the columns). */
  titleRows?: string[];
  header?: string[];
  rows: TestCell[][];
  /** Merges as ExcelJS ranges ("B3:B5"). */
  merges?: string[];
}

export const ledgerHeader = ['序号', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限'];

/** An .xlsx workbook in the government's layout, built with exceljs as an office would save it. */
export async function ledgerWorkbook(sheet: TestSheet): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(sheet.name ?? '2025年');
  const header = sheet.header ?? ledgerHeader;
  for (const title of sheet.titleRows ?? []) {
    ws.addRow([title]);
    ws.mergeCells(ws.rowCount, 1, ws.rowCount, header.length);
  }
  ws.addRow(header);
  for (const row of sheet.rows)
    ws.addRow(
      row.map((cell) =>
        cell !== null && typeof cell === 'object' && 'formula' in cell ? { formula: cell.formula, result: 1 } : cell,
      ),
    );
  for (const range of sheet.merges ?? []) ws.mergeCells(range);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The contract's example: a title row, 重点任务 merged over three tasks of 四(一)3, Chinese deadlines. */
export function sampleSheet(): TestSheet {
  return {
    titleRows: ['鄂尔多斯市质量强市建设2025年度任务分解表'],
    rows: [
      ['1', '四(一)1 增强质量发展创新动能', '组织实施重大科技专项', '市科技局', '市工信局、市能源局', '2025年6月底'],
      ['2', '四(一)3', '实施“放心消费行动”', '市商务局', '市市场监管局,市发改委', '2025年12月31日'],
      ['3', null, '推进消费信用体系建设', '市商务局', '市市场监督管理局\n市发展和改革委员会', '长期坚持'],
      ['4', null, '推行消费投诉信息公示', '市市场监管局', '', '2025年第三季度前'],
      ['10', '提升支柱产业质量水平', '推行“一链一策”', '市发改委', '市工信局；市能源局', '年底前'],
    ],
    merges: ['B4:B6'],
  };
}

/**
 * A year's table the size the quality plan announces (231 tasks, 四: 分年度细化成231个具体任务) over its 28
 * measures, leads and partners drawn from `units` (full names), deadlines spread over the year.
 */
export function yearSheet(measures: { clause: string; title: string }[], units: string[], tasks = 231): TestSheet {
  const forms = ['2025年3月底', '2025年6月底前', '2025年第三季度', '年底前', '长期坚持', '2025年12月31日', '下半年'];
  const rows: TestCell[][] = [];
  const merges: string[] = [];
  let start = 0;
  let current = '';
  for (let i = 0; i < tasks; i++) {
    const measure = measures[Math.floor((i * measures.length) / tasks)]!;
    const first = `${measure.clause} ${measure.title}` !== current;
    current = `${measure.clause} ${measure.title}`;
    if (first) {
      if (i - start > 1) merges.push(`B${start + 3}:B${i + 2}`);
      start = i;
    }
    rows.push([
      String(i + 1),
      first ? `${measure.clause} ${measure.title}` : null,
      `第${i + 1}项具体措施:${measure.title}的年度工作`,
      units[i % units.length]!,
      [units[(i + 7) % units.length]!, units[(i + 13) % units.length]!].join('、'),
      forms[i % forms.length]!,
    ]);
  }
  if (tasks - start > 1) merges.push(`B${start + 3}:B${tasks + 2}`);
  return { titleRows: ['2025年度任务分解表'], rows, merges };
}
