import { measuredFieldNames, measuredFields, unitSpellings, type MeasuredField } from './ranges.ts';
import { formatBeijing, parseObservationTime } from './time.ts';

export type Phenomenon = 'fog' | 'dust';

/** One validated station observation: `atMs` is the end of the interval (epoch ms); null = not measured. */
export type Observation = { station: string; atMs: number; phenomenon: Phenomenon | null } & Record<
  MeasuredField,
  number | null
>;

export type ObservationResult = { ok: true; observation: Observation } | { ok: false; reason: string };

export interface ValidationContext {
  /** The ids of the known stations (the geography's). */
  stations: ReadonlySet<string>;
  /** Now: an observation may not come from the future. */
  now: Date;
  /** The station a transport names (an MQTT topic, a NATS subject); the payload may then omit it. */
  stationFromChannel?: string;
}

/** A single message (MQTT, NATS, one line of a file) larger than this is refused before it is parsed. */
export const MAX_OBSERVATION_MESSAGE_BYTES = 4096;
/** Station clocks drift: a time up to this far ahead of ours is taken as now, further is refused. */
export const CLOCK_SKEW_MS = 5 * 60_000;

const knownKeys = new Set<string>(['station', 'at', 'phenomenon', 'units', ...measuredFieldNames]);
const refuse = (reason: string): ObservationResult => ({ ok: false, reason });

// eslint-disable-next-line no-control-regex
const lineBreaking = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/g;
/** A reason that quotes what arrived stays one line: control characters and line separators are escaped. */
export function oneLine(text: string): string {
  return text.replace(lineBreaking, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
const shown = (value: unknown) => {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return oneLine(text.length > 60 ? `${text.slice(0, 60)}…` : text);
};

function checkUnits(units: unknown): string | null {
  if (units === undefined || units === null) return null;
  if (typeof units !== 'object' || Array.isArray(units)) return 'units: 应为对象,如 {"tempC": "℃"}';
  for (const [field, unit] of Object.entries(units)) {
    if (!Object.hasOwn(measuredFields, field)) return `units: 未知字段 ${shown(field)}`;
    const expected = measuredFields[field as MeasuredField].unit;
    if (typeof unit !== 'string' || !unitSpellings[expected]!.includes(unit.trim()))
      return `units.${field}: 单位错误,应为 ${expected},收到 ${shown(unit)}`;
  }
  return null;
}

function checkMeasured(field: MeasuredField, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const { unit, zh, min, max } = measuredFields[field];
  if (typeof value !== 'number') return `${field}: ${zh}应为以 ${unit} 计的数值,收到 ${shown(value)}`;
  if (!Number.isFinite(value)) return `${field}: ${zh}不是有限数值 (${value})`;
  if (value < min || value > max)
    return `${field}: ${zh} ${value} ${unit} 超出物理可能范围 ${min}–${max} ${unit}(请检查单位)`;
  return null;
}

/**
 * Validates one observation as received (parsed JSON). A bad one gets a zh-CN reason naming the field, so the
 * dead-letter list tells the sender what to fix.
 */
export function validateObservation(input: unknown, context: ValidationContext): ObservationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return refuse('观测记录应为 JSON 对象');
  const record = input as Record<string, unknown>;
  const unknown = Object.keys(record).filter((key) => !knownKeys.has(key));
  if (unknown.length > 0)
    return refuse(`未知字段 ${unknown.map(shown).join('、')}(可用字段:${[...knownKeys].join('、')})`);

  const named = record.station;
  if (named !== undefined && named !== null && typeof named !== 'string')
    return refuse(`station: 应为区站号文本,收到 ${shown(named)}`);
  if (context.stationFromChannel !== undefined && typeof named === 'string' && named !== context.stationFromChannel)
    return refuse(`station: 记录中的站号 ${named} 与主题/主题名中的站号 ${context.stationFromChannel} 不一致`);
  const station = typeof named === 'string' ? named : context.stationFromChannel;
  if (station === undefined) return refuse('station: 缺少区站号');
  if (!context.stations.has(station))
    return refuse(`station: 未知气象站 ${shown(station)}(已知:${[...context.stations].join('、')})`);

  if (typeof record.at !== 'string') return refuse(`at: 缺少观测时间(ISO 8601 文本),收到 ${shown(record.at)}`);
  const atMs = parseObservationTime(record.at);
  if (atMs === undefined) return refuse(`at: 不是有效的 ISO 8601 时间:${shown(record.at)}`);
  if (atMs > context.now.getTime() + CLOCK_SKEW_MS)
    return refuse(`at: 观测时间 ${formatBeijing(atMs)} 晚于当前时间 ${formatBeijing(context.now.getTime())}`);

  const unitProblem = checkUnits(record.units);
  if (unitProblem) return refuse(unitProblem);
  for (const field of measuredFieldNames) {
    const problem = checkMeasured(field, record[field]);
    if (problem) return refuse(problem);
  }
  const { windMeanMs, windGustMs } = record as Record<MeasuredField, number | null | undefined>;
  if (typeof windMeanMs === 'number' && typeof windGustMs === 'number' && windGustMs < windMeanMs)
    return refuse(`windGustMs: 阵风 ${windGustMs} m/s 小于平均风速 ${windMeanMs} m/s`);

  const phenomenon = record.phenomenon ?? null;
  if (phenomenon !== null && phenomenon !== 'fog' && phenomenon !== 'dust')
    return refuse(`phenomenon: 应为 "fog"、"dust" 或 null,收到 ${shown(phenomenon)}`);

  const values = Object.fromEntries(
    measuredFieldNames.map((field) => [field, (record[field] as number | null | undefined) ?? null]),
  ) as Record<MeasuredField, number | null>;
  return { ok: true, observation: { station, atMs, phenomenon, ...values } };
}

/** Parses and validates one message as text (MQTT, NATS, a line of a file): size and JSON first. */
export function parseObservationMessage(text: string, context: ValidationContext): ObservationResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_OBSERVATION_MESSAGE_BYTES)
    return refuse(`消息过大:${bytes} 字节,单条观测最多 ${MAX_OBSERVATION_MESSAGE_BYTES} 字节`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    // V8 quotes the input in its message: escaped, so a reason stays one line whatever arrived.
    return refuse(`不是有效的 JSON:${oneLine((error as Error).message)}`);
  }
  return validateObservation(parsed, context);
}
