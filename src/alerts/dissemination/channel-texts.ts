import type { FirstReportRoute, FullNetworkSms } from './routing.ts';
import { sentence, type WarningLabels } from './labels.ts';
import { splitSms, smsText } from './sms-text.ts';
import type { ChannelKind, Purpose, WarningForDissemination } from './warning.ts';

/** What one channel sends for a warning: each channel has its own text, fixed when the warning is committed. */
export type MessageContent =
  | { kind: 'sms'; segments: string[] }
  | { kind: 'email'; subject: string; text: string; attachments: { filename: string; content: string }[] }
  | { kind: 'wecom'; markdown: string }
  | { kind: 'webhook'; body: Record<string, unknown> };

export interface TextContext {
  warning: WarningForDissemination;
  labels: WarningLabels;
  purpose: Purpose;
  firstReport: FirstReportRoute;
  sms: FullNetworkSms;
}

export function messageContent(kind: ChannelKind, context: TextContext): MessageContent {
  switch (kind) {
    case 'sms':
      return { kind, segments: splitSms(smsText(context.warning, context.labels)) };
    case 'email':
      return emailContent(context);
    case 'wecom':
      return { kind, markdown: wecomMarkdown(context) };
    case 'webhook':
      return { kind, body: webhookBody(context) };
  }
}

function facts({ warning, labels }: TextContext): [string, string][] {
  const rows: [string, string][] = [
    ['类别', labels.hazardZh],
    ['级别', `${labels.levelZh}(${labels.colorZh},${labels.severityZh})`],
    ['发布时间', labels.sentFull],
  ];
  if (labels.expiresFull && warning.msgType !== 'Cancel') rows.push(['有效至', labels.expiresFull]);
  if (labels.areaZh) rows.push(['范围', labels.areaZh]);
  return rows;
}

function firstReportLine({ firstReport }: TextContext): string {
  return `首报:报${firstReport.to.join('、')}(${firstReport.clause}:${sentence(firstReport.text)})`;
}

function emailContent(context: TextContext): MessageContent {
  const { warning, labels, purpose } = context;
  const subject =
    purpose === 'firstReport'
      ? `【首报】${labels.title}(报${context.firstReport.to.join('、')})`
      : `【${labels.title}】${warning.headlineZh}`;
  const lines = [
    labels.title,
    '',
    ...(purpose === 'firstReport' ? [firstReportLine(context), ''] : []),
    sentence(warning.headlineZh),
    sentence(warning.descriptionZh),
    '',
    ...facts(context).map(([key, value]) => `${key}:${value}`),
    `消息标识:${warning.identifier}`,
  ];
  if (context.sms.send) lines.push(`全网短信:已启动(${context.sms.clause})`);
  return {
    kind: 'email',
    subject,
    text: `${lines.join('\n')}\n`,
    attachments: [
      { filename: `${warning.identifier.replace(/[^A-Za-z0-9._-]/g, '_')}.cap.xml`, content: warning.capXml },
    ],
  };
}

/** A WeChat Work group bot takes at most 4096 bytes of markdown. */
export const wecomMarkdownBytes = 4096;

function wecomMarkdown(context: TextContext): string {
  const { warning, labels, purpose } = context;
  // The bot's markdown knows three font colours; "warning" (orange-red) marks the levels that call for action.
  const font = labels.color === 'blue' ? 'info' : 'warning';
  const head = [
    `## <font color="${font}">${labels.title}</font>`,
    ...(purpose === 'firstReport' ? [`**${firstReportLine(context)}**`] : []),
    `**${warning.headlineZh}**`,
    ...facts(context).map(([key, value]) => `> ${key}:${value}`),
    '',
  ].join('\n');
  return head + truncateUtf8(sentence(warning.descriptionZh), wecomMarkdownBytes - utf8Length(head));
}

function webhookBody(context: TextContext): Record<string, unknown> {
  const { warning, labels, purpose } = context;
  return {
    purpose,
    warning: {
      id: warning.id,
      identifier: warning.identifier,
      msgType: warning.msgType,
      status: warning.status,
      hazard: warning.hazard,
      hazardZh: labels.hazardZh,
      level: warning.level,
      levelZh: labels.levelZh,
      color: labels.color,
      severity: labels.capSeverity,
      title: labels.title,
      headlineZh: warning.headlineZh,
      descriptionZh: warning.descriptionZh,
      areaCodes: warning.areaCodes,
      areaZh: labels.areaZh,
      sent: warning.sent,
      expires: warning.expires,
      majorImpact: warning.majorImpact === true,
    },
    ...(purpose === 'firstReport' ? { firstReport: context.firstReport } : {}),
    fullNetworkSms: context.sms,
    cap: warning.capXml,
  };
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Cuts a text to at most `maxBytes` of UTF-8, on a character boundary, ending with "…" when cut. */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text;
  const room = maxBytes - utf8Length('…');
  let out = '';
  let bytes = 0;
  for (const char of text) {
    const size = utf8Length(char);
    if (bytes + size > room) break;
    out += char;
    bytes += size;
  }
  return `${out}…`;
}
