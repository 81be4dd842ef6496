import { describe, expect, it } from 'vitest';
import { meteoPlan, sampleWarning } from '../../../test/support/dissemination.ts';
import { warningLabels } from './labels.ts';
import { smsText, splitSms } from './sms-text.ts';

const plan = meteoPlan();
const names = new Map([
  ['150602', '东胜区'],
  ['150603', '康巴什区'],
  ['150621', '达拉特旗'],
]);

function strip(segments: string[]): string {
  return segments.map((segment) => segment.replace(/\(\d+\/\d+\)$/, '')).join('');
}

describe('SMS segments of 70 characters', () => {
  it('a text of 70 characters is one SMS without a marker', () => {
    const text = '暴'.repeat(70);
    expect(splitSms(text)).toEqual([text]);
  });

  it('71 characters make two SMS, each with its "(i/n)" marker counted in the 70', () => {
    const segments = splitSms('雨'.repeat(71));
    expect(segments).toHaveLength(2);
    expect(segments[0]).toBe(`${'雨'.repeat(65)}(1/2)`);
    expect(segments[1]).toBe(`${'雨'.repeat(6)}(2/2)`);
  });

  it('ten or more segments carry longer markers and still hold 70 characters at most', () => {
    const text = Array.from({ length: 700 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
    const segments = splitSms(text);
    expect(segments.length).toBe(11);
    expect(segments.every((segment) => segment.length <= 70)).toBe(true);
    expect(segments[9]!.endsWith('(10/11)')).toBe(true);
    expect(strip(segments)).toBe(text);
  });

  it('never cuts a character outside the BMP (two UTF-16 units) in half', () => {
    const text = `${'雨'.repeat(64)}🌧${'雨'.repeat(10)}`;
    const segments = splitSms(text);
    expect(segments[0]).toBe(`${'雨'.repeat(64)}(1/2)`);
    expect(segments[1]!.startsWith('🌧')).toBe(true);
    expect(strip(segments)).toBe(text);
  });
});

describe('SMS text', () => {
  it('3.3.3: names the hazard and level (colour from levels.json), the headline, the description and the validity in Beijing time', () => {
    const warning = sampleWarning();
    const text = smsText(warning, warningLabels(warning, plan, names));
    expect(text).toBe(
      `【暴雨橙色预警】鄂尔多斯市气象台发布暴雨橙色预警。${warning.descriptionZh}。有效至7月2日08:00。`,
    );
    const segments = splitSms(text);
    expect(segments.length).toBeGreaterThan(1);
    expect(strip(segments)).toBe(text);
  });

  it('3.3.3: a cancellation says 解除 and gives no validity', () => {
    const warning = sampleWarning({ msgType: 'Cancel', headlineZh: '解除暴雨橙色预警', descriptionZh: '降雨已减弱' });
    expect(smsText(warning, warningLabels(warning, plan, names))).toBe(
      '【解除暴雨橙色预警】解除暴雨橙色预警。降雨已减弱。',
    );
  });

  it('reads level names and colours from the plan', () => {
    const revised = meteoPlan();
    revised.levels.levels.find((entry) => entry.level === 'II')!.colorZh = '橘色';
    const warning = sampleWarning();
    expect(warningLabels(warning, revised, names).title).toBe('暴雨橘色预警');
  });
});
