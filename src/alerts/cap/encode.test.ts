import { describe, expect, it } from 'vitest';
import { capSchemaErrors } from '../../../test/support/cap-schema.ts';
import { formatCapDateTime, parseCapDateTime } from './datetime.ts';
import { encodeCap } from './encode.ts';
import type { CapAlert } from './model.ts';
import { parseCap } from './parse.ts';

const full: CapAlert = {
  identifier: '15060041600000_20250720080000_0',
  sender: '15060041600000',
  sent: '2025-07-20T08:00:00+08:00',
  status: 'Exercise',
  msgType: 'Update',
  source: '演练 <drill> & test',
  scope: 'Public',
  codes: ['profile:CN-CAP', 'second code'],
  note: 'line one\nline two',
  references: [
    { sender: '15060041600000', identifier: '15060041600000_20250720020000_0', sent: '2025-07-20T02:00:00+08:00' },
  ],
  infos: [
    {
      language: 'zh-CN',
      categories: ['Met'],
      event: '暴雨',
      responseTypes: ['Prepare', 'Monitor'],
      urgency: 'Expected',
      severity: 'Moderate',
      certainty: 'Likely',
      audience: '公众',
      eventCodes: [{ valueName: 'GB/T 35561', value: '11B03' }],
      effective: '2025-07-20T08:00:00+08:00',
      onset: '2025-07-20T08:00:00+08:00',
      expires: '2025-07-21T08:00:00+08:00',
      senderName: '鄂尔多斯市气象局',
      headline: '鄂尔多斯市气象局更新暴雨黄色预警[Ⅲ级/较重]',
      description: '降雨量 ≥ 50 mm & "持续"',
      instruction: '注意防范',
      web: 'https://example.org/warnings/1',
      contact: '12121',
      parameters: [{ valueName: 'plan', value: 'meteo-2024 2024.1' }],
      resources: [{ resourceDesc: 'map', mimeType: 'image/png', size: 1024, uri: 'https://example.org/map.png' }],
      areas: [
        {
          areaDesc: '东胜区',
          polygons: [
            [
              { lat: 39.8, lon: 109.9 },
              { lat: 39.9, lon: 110.1 },
              { lat: 39.7, lon: 110.2 },
              { lat: 39.8, lon: 109.9 },
            ],
          ],
          circles: [{ lat: 39.8, lon: 110, radiusKm: 5 }],
          geocodes: [{ valueName: 'GB/T 2260', value: '150602' }],
          altitude: 1000,
          ceiling: 2000,
        },
      ],
    },
  ],
};

describe('CAP encoder', () => {
  it('writes every element so that the OASIS schema accepts it and our parser reads back the same message', async () => {
    const xml = encodeCap(full);
    expect(await capSchemaErrors([{ name: 'full.xml', xml }])).toEqual([]);
    expect(parseCap(xml).alert).toEqual(full);
  });

  it('escapes markup in text', () => {
    const xml = encodeCap(full);
    expect(xml).toContain('<source>演练 &lt;drill&gt; &amp; test</source>');
    expect(xml).not.toContain('<drill>');
  });

  it('refuses what no receiver could read: a date with Z, an identifier with a comma, a control character', () => {
    expect(() => encodeCap({ ...full, sent: '2025-07-20T00:00:00Z' })).toThrow(/sent .* is not a CAP date-time/);
    expect(() => encodeCap({ ...full, identifier: 'a,b' })).toThrow(/identifier/);
    expect(() => encodeCap({ ...full, note: 'bell \u0007' })).toThrow(/XML 1\.0 cannot carry/);
  });
});

describe('CAP date-times', () => {
  it('are written at +08:00 in whole seconds, with no Z and no milliseconds', () => {
    expect(formatCapDateTime(new Date('2025-07-19T23:59:59.999Z'))).toBe('2025-07-20T07:59:59+08:00');
    expect(formatCapDateTime(new Date('2025-12-31T16:00:00Z'))).toBe('2026-01-01T00:00:00+08:00');
  });

  it('read back to the same instant, and a day that does not exist is refused', () => {
    expect(parseCapDateTime('2024-07-12T03:24:00-10:00')?.toISOString()).toBe('2024-07-12T13:24:00.000Z');
    expect(parseCapDateTime('2025-02-29T00:00:00+08:00')).toBeUndefined();
    expect(parseCapDateTime('2025-07-20 08:00:00+08:00')).toBeUndefined();
  });
});
