import { oneLine } from './observation.ts';
import { measuredFieldNames } from './ranges.ts';

/**
 * Files of observations (the watched folder, `nuancheng observations ingest`): JSON — `{ "observations": [...] }`,
 * a list, or one observation per line (NDJSON) — or CSV with a header of the contract's field names. Each record is
 * validated later on its own; only a file that cannot be read as records at all is refused whole.
 */
export type FileRecord = { json: unknown } | { text: string } | { raw: string; reason: string };
export type FileRecords = { ok: true; records: FileRecord[] } | { ok: false; reason: string };

const each = (records: unknown[]): FileRecord[] => records.map((json) => ({ json }));

const csvColumns = new Set(['station', 'at', 'phenomenon', ...measuredFieldNames]);

function parseJson(text: string): FileRecords {
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed)) return { ok: true, records: each(parsed) };
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      Array.isArray((parsed as { observations?: unknown }).observations)
    )
      return { ok: true, records: each((parsed as { observations: unknown[] }).observations) };
    if (typeof parsed === 'object' && parsed !== null && 'station' in parsed)
      return { ok: true, records: each([parsed]) };
    return { ok: false, reason: 'JSON 文件应为 {"observations": [ … ]}、观测记录列表或每行一条记录' };
  } catch (error) {
    const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
    if (lines.length > 1 && lines.every((line) => line.trimStart().startsWith('{'))) {
      // NDJSON: each line is one message, so a line that is not JSON is set aside with its reason, not the file.
      return { ok: true, records: lines.map((text) => ({ text })) };
    }
    return { ok: false, reason: `不是有效的 JSON:${oneLine((error as Error).message)}` };
  }
}

function cell(text: string): string | number | null {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.toLowerCase() === 'null') return null;
  return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

function parseCsv(text: string): FileRecords {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  const header = (lines[0] ?? '').split(',').map((name) => name.trim());
  const unknown = header.filter((name) => !csvColumns.has(name));
  if (unknown.length > 0 || !header.includes('station') || !header.includes('at'))
    return {
      ok: false,
      reason: `CSV 表头应为观测字段名(至少 station、at),${unknown.length > 0 ? `未知列:${oneLine(unknown.join('、'))}` : '缺少 station 或 at'}`,
    };
  return {
    ok: true,
    records: lines.slice(1).map((line) => {
      const cells = line.split(',');
      if (cells.length !== header.length)
        return { raw: line, reason: `CSV 行应有 ${header.length} 列,实有 ${cells.length} 列` };
      return {
        json: Object.fromEntries(
          header.map((name, i) => [name, name === 'station' || name === 'at' ? cells[i]!.trim() : cell(cells[i]!)]),
        ),
      };
    }),
  };
}

/** The records of a file, by its name's extension (.csv is CSV, anything else JSON). */
export function readObservationFile(name: string, text: string): FileRecords {
  return name.toLowerCase().endsWith('.csv') ? parseCsv(text) : parseJson(text);
}
