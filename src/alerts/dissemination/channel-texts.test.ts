import { describe, expect, it } from 'vitest';
import { meteoPlan, sampleWarning } from '../../../test/support/dissemination.ts';
import { disseminationFor } from './dissemination.ts';
import { truncateUtf8, wecomMarkdownBytes } from './channel-texts.ts';
import type { EndpointRoute } from './endpoints.ts';

const plan = meteoPlan();
const names = new Map([
  ['150602', '东胜区'],
  ['150603', '康巴什区'],
  ['150621', '达拉特旗'],
]);
const endpoints: EndpointRoute[] = [
  { id: 'sms-gateway', kind: 'sms', channels: [], reportsTo: [], addresses: [] },
  { id: 'website', kind: 'webhook', channels: ['website'], reportsTo: [], addresses: [] },
  { id: 'gov-mail', kind: 'email', channels: [], reportsTo: ['市人民政府'], addresses: ['office@ordos.example'] },
  { id: 'public-mail', kind: 'email', channels: ['website'], reportsTo: [], addresses: ['news@ordos.example'] },
  { id: 'duty-bot', kind: 'wecom', channels: ['wechat'], reportsTo: [], addresses: [] },
];

function contentOf(id: string, warning = sampleWarning()) {
  const delivery = disseminationFor(warning, plan, endpoints, names).deliveries.find((d) => d.endpointId === id);
  if (!delivery) throw new Error(`no delivery for ${id}`);
  return delivery.content;
}

describe('each channel has its own text', () => {
  it('3.3.2: the first-report email names the bodies and the clause; the public one leads with the headline', () => {
    const first = contentOf('gov-mail');
    if (first.kind !== 'email') throw new Error('not an email');
    expect(first.subject).toBe('【首报】暴雨橙色预警(报市委、市人民政府)');
    expect(first.text).toContain(
      '首报:报市委、市人民政府(3.3.2:Ⅱ和Ⅰ级气象灾害预警要在第一时间向市委、市人民政府报告。)',
    );
    expect(first.text).toContain('级别:Ⅱ级(橙色,严重)');
    expect(first.text).toContain('发布时间:2024-07-01 08:00(北京时间)');
    expect(first.text).toContain('范围:东胜区、康巴什区');
    expect(first.text).toContain('全网短信:已启动(3.3.4)');
    expect(first.attachments[0]!.content).toContain('urn:oasis:names:tc:emergency:cap:1.2');
    const pub = contentOf('public-mail');
    expect(pub.kind === 'email' && pub.subject).toBe('【暴雨橙色预警】鄂尔多斯市气象台发布暴雨橙色预警');
  });

  it('the WeChat Work bot gets markdown within its 4096 bytes, even for a long description', () => {
    const md = contentOf('duty-bot', sampleWarning({ descriptionZh: '雨'.repeat(3000) }));
    if (md.kind !== 'wecom') throw new Error('not markdown');
    expect(md.markdown.startsWith('## <font color="warning">暴雨橙色预警</font>')).toBe(true);
    expect(Buffer.byteLength(md.markdown)).toBeLessThanOrEqual(wecomMarkdownBytes);
    expect(md.markdown.endsWith('…')).toBe(true);
  });

  it('the webhook JSON carries the warning, its level names and the CAP message', () => {
    const hook = contentOf('website', sampleWarning({ areaCodes: ['150600'] }));
    if (hook.kind !== 'webhook') throw new Error('not a webhook');
    expect(hook.body).toMatchObject({
      purpose: 'public',
      warning: {
        hazard: 'rainstorm',
        level: 'II',
        color: 'orange',
        severity: 'Severe',
        title: '暴雨橙色预警',
        areaZh: '全市',
      },
      fullNetworkSms: { send: true, reason: 'hazard' },
    });
    expect(hook.body.cap).toContain('<alert');
  });

  it('the SMS gateway gets segments of 70 characters at most', () => {
    const sms = disseminationFor(sampleWarning(), plan, endpoints, names).sms;
    expect(sms?.content.kind).toBe('sms');
    if (sms?.content.kind !== 'sms') return;
    expect(sms.content.segments.every((segment) => segment.length <= 70)).toBe(true);
  });

  it('cuts UTF-8 on a character boundary', () => {
    expect(truncateUtf8('暴雨暴雨', 9)).toBe('暴雨…');
    expect(truncateUtf8('暴雨', 6)).toBe('暴雨');
  });
});
