import { roleNamesZh } from '../access/roles.ts';
import type { MeteoPlan } from '../plans/meteo/index.ts';
import type { ReplayEvent, ReplayReport } from './events.ts';

const kindZh: Record<ReplayEvent['kind'], string> = {
  'warning.issued': '发布预警',
  'warning.updated': '更新预警',
  'warning.cancelled': '解除预警',
  'response.activated': '启动应急响应',
  'response.upgraded': '升级应急响应',
  'response.downgraded': '降低应急响应',
  'response.terminated': '解除应急响应',
  'report.due': '报告时限',
};

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** "2025-07-20T08:00:00+08:00" → "2025年07月20日 08:00". */
function timeZh(at: string): string {
  return `${at.slice(0, 4)}年${at.slice(5, 7)}月${at.slice(8, 10)}日 ${at.slice(11, 16)}`;
}

function describe(event: ReplayEvent, plan: MeteoPlan, divisionNames: ReadonlyMap<string, string>): string {
  const level = (value: string | null) => {
    const entry = plan.levels.levels.find((l) => l.level === value);
    return entry ? `${entry.zh}(${entry.colorZh})` : '无';
  };
  const hazardZh = (key: string) => plan.hazards.hazards.find((h) => h.key === key)?.zh ?? key;
  if (event.kind === 'report.due') {
    return `应于${timeZh(event.due)}前向${event.to.map(escapeHtml).join('、')}报告(预案${escapeHtml(event.clause)})`;
  }
  if (event.kind.startsWith('warning.')) {
    const w = event as Extract<ReplayEvent, { hazard: string }>;
    const areas = w.areas.map((code) => divisionNames.get(code) ?? code).join('、');
    return (
      `${escapeHtml(hazardZh(w.hazard))} ${level(w.level)}预警;范围:${escapeHtml(areas)};` +
      `标识 <code>${escapeHtml(w.identifier)}</code>;<a href="${escapeHtml(w.cap)}">CAP 文件</a>` +
      (w.references ? `;引用 <code>${escapeHtml(w.references)}</code>` : '') +
      (w.firstReport
        ? `;第一时间报告:${escapeHtml(w.firstReport.to.join('、'))}(预案${escapeHtml(w.firstReport.clause)})`
        : '')
    );
  }
  const r = event as Extract<ReplayEvent, { signedBy: string }>;
  const change =
    r.kind === 'response.activated'
      ? level(r.level)
      : r.kind === 'response.terminated'
        ? `解除${level(r.from)}`
        : `${level(r.from)} → ${level(r.level)}`;
  return (
    `${change};灾种:${escapeHtml(r.hazards.map(hazardZh).join('、') || '—')};签发:${escapeHtml(roleNamesZh[r.signedBy])}` +
    (r.notified ? `;通知成员单位(${r.notified.length}):${escapeHtml(r.notified.join('、'))}` : '')
  );
}

/** The replay's timeline for a person to read, in Chinese, one row per event in report.json's order. */
export function renderReportHtml(
  report: ReplayReport,
  plan: MeteoPlan,
  divisionNames: ReadonlyMap<string, string>,
): string {
  const rows = report.events.map(
    (event) =>
      `      <tr class="${escapeHtml(event.kind.split('.')[0]!)}"><td>${timeZh(event.at)}</td><td>${kindZh[event.kind]}</td><td>${describe(event, plan, divisionNames)}</td></tr>`,
  );
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(report.name)} — 演练时间线</title>
  <style>
    body { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 2em; }
    table { border-collapse: collapse; width: 100%; }
    th, td { border: 1px solid #ccc; padding: 0.4em 0.6em; text-align: left; vertical-align: top; }
    tr.warning td:nth-child(2) { color: #b45309; }
    tr.response td:nth-child(2) { color: #b91c1c; font-weight: bold; }
    tr.report td:nth-child(2) { color: #1d4ed8; }
  </style>
</head>
<body>
  <h1>${escapeHtml(report.name)}</h1>
  <p>演练(《${escapeHtml(plan.meta.title)}》7.1):所有预警信息均为演练(CAP status Exercise),未向任何实际渠道发送。共 ${report.events.length} 个事件。</p>
  <table>
    <thead><tr><th>时间(北京时间)</th><th>事件</th><th>内容</th></tr></thead>
    <tbody>
${rows.join('\n')}
    </tbody>
  </table>
</body>
</html>
`;
}
