import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCap } from './parse.ts';

const fixtures = new URL('../../../test/fixtures/cap/', import.meta.url);
const sample = (name: string) => readFileSync(new URL(name, fixtures), 'utf8');
const sampleNames = readdirSync(fixtures)
  .filter((name) => /\.(xml|cap)$/.test(name))
  .sort();

describe('CAP parser: the real messages in the shared samples', () => {
  it('has all six samples to read', () => {
    expect(sampleNames).toEqual([
      'australia.cap',
      'canada_signed.cap',
      'cap_amber_alert_example.xml',
      'wmo-at.xml',
      'wmo-cn.xml',
      'wmo-us.xml',
    ]);
  });

  it.each(sampleNames)('%s parses', (name) => {
    const { alert } = parseCap(sample(name));
    expect(alert.identifier.length).toBeGreaterThan(0);
    expect(alert.infos.length).toBeGreaterThan(0);
  });

  it('CMA Baoding: an Update with its reference, zh-CN block, Moderate for yellow, the GB/T 35965.1 identifier', () => {
    const { alert, signed } = parseCap(sample('wmo-cn.xml'));
    expect(signed).toBe(false);
    expect(alert).toMatchObject({
      identifier: '13060041600000_20240712213138',
      msgType: 'Update',
      status: 'Actual',
      scope: 'Public',
      sent: '2024-07-12T21:31:38+08:00',
    });
    expect(alert.references).toEqual([
      {
        sender: 'Baoding_Meteorological_Observatory',
        identifier: '13060041600000_20240712073642',
        sent: '2024-07-12T21:31:38+08:00',
      },
    ]);
    const zh = alert.infos.find((info) => info.language === 'zh-CN')!;
    expect(zh).toMatchObject({
      event: '雷电',
      severity: 'Moderate',
      headline: '保定市气象台更新雷电黄色预警[Ⅲ级/较重]',
    });
    expect(zh.areas[0]!.geocodes).toEqual([{ valueName: 'CPEAS Geographic Code', value: '130602000000' }]);
  });

  it('NSW RFS: every element with a cap: prefix reads the same as without', () => {
    const { alert } = parseCap(sample('australia.cap'));
    expect(alert.sender).toBe('webmaster@rfs.nsw.gov.au');
    expect(alert.infos[0]!.categories).toEqual(['Fire', 'Met']);
    expect(alert.infos[0]!.eventCodes).toHaveLength(2);
    expect(alert.infos[0]!.parameters.find((p) => p.valueName === 'AllocatedResources')).toEqual({
      valueName: 'AllocatedResources',
      value: '',
    });
  });

  it('Environment Canada: the enveloped signature is read past, the nine references and the polygons are read', () => {
    const { alert, signed } = parseCap(sample('canada_signed.cap'));
    expect(signed).toBe(true);
    expect(alert.references).toHaveLength(9);
    expect(alert.infos.map((info) => info.language)).toEqual(['en-CA', 'fr-CA']);
    const polygon = alert.infos[0]!.areas[0]!.polygons[0]!;
    expect(polygon[0]).toEqual({ lat: 54.4054, lon: -104.2 });
    expect(polygon.at(-1)).toEqual(polygon[0]);
  });

  it('NWS and ZAMG: references with OID identifiers, several geocodes and parameters', () => {
    const us = parseCap(sample('wmo-us.xml')).alert;
    expect(us.references[0]!.identifier).toMatch(/^urn:oid:2\.49\.0\.1\.840\.0\./);
    expect(us.infos[0]!.areas[0]!.geocodes.map((g) => g.valueName)).toContain('SAME');
    const at = parseCap(sample('wmo-at.xml')).alert;
    expect(at.infos.map((info) => info.language)).toEqual(['de-DE', 'en-GB']);
    expect(at.infos[0]!.parameters.map((p) => p.valueName)).toContain('awareness_level');
  });
});

describe('CAP parser: refusals', () => {
  const minimal = (body: string, prolog = '') => `<?xml version="1.0" encoding="UTF-8"?>${prolog}
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>a</identifier><sender>s</sender><sent>2025-07-20T08:00:00+08:00</sent>${body}</alert>`;
  const ok = minimal('<status>Exercise</status><msgType>Alert</msgType><scope>Public</scope>');

  it('reads the minimal message these refusals start from', () => {
    expect(parseCap(ok).alert).toMatchObject({ identifier: 'a', status: 'Exercise', infos: [] });
  });

  it('refuses an external entity (XXE) before anything is loaded', () => {
    const xxe = minimal(
      '<status>Actual</status><msgType>Alert</msgType><scope>Public</scope><note>&xxe;</note>',
      '\n<!DOCTYPE alert [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    );
    expect(() => parseCap(xxe)).toThrow(/DOCTYPE is not accepted/);
  });

  it('refuses an entity-expansion bomb', () => {
    const bomb = minimal(
      '<status>Actual</status><msgType>Alert</msgType><scope>Public</scope><note>&lol2;</note>',
      '\n<!DOCTYPE alert [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;">]>',
    );
    expect(() => parseCap(bomb)).toThrow(/DOCTYPE is not accepted/);
  });

  it('refuses an undeclared entity without a DTD', () => {
    expect(() =>
      parseCap(minimal('<status>Actual</status><msgType>Alert</msgType><scope>Public</scope><note>&xxe;</note>')),
    ).toThrow(/^xml/);
  });

  it('refuses XML that is not well formed, naming the line', () => {
    expect(() => parseCap(ok.replace('</alert>', ''))).toThrow(/^xml \(line \d+\)/);
  });

  it('refuses a date with Z or milliseconds', () => {
    expect(() => parseCap(ok.replace('2025-07-20T08:00:00+08:00', '2025-07-20T00:00:00Z'))).toThrow(
      /alert\.sent.*not a CAP date-time/,
    );
    expect(() => parseCap(ok.replace('2025-07-20T08:00:00+08:00', '2025-07-20T08:00:00.000+08:00'))).toThrow(
      /alert\.sent/,
    );
  });

  it('refuses a missing required element, a value outside the code list and an unknown element', () => {
    expect(() => parseCap(ok.replace('<scope>Public</scope>', ''))).toThrow(/alert\.scope.*required/);
    expect(() => parseCap(ok.replace('Exercise', 'Drill'))).toThrow(/alert\.status.*"Drill" is not one of/);
    expect(() => parseCap(ok.replace('<scope>', '<colour>red</colour><scope>'))).toThrow(/alert\.colour/);
  });

  it('refuses another root element and malformed references', () => {
    expect(() => parseCap('<alert xmlns="urn:oasis:names:tc:emergency:cap:1.1"/>')).toThrow(/not a CAP 1\.2 alert/);
    expect(() =>
      parseCap(ok.replace('<scope>Public</scope>', '<scope>Public</scope><references>s,a</references>')),
    ).toThrow(/alert\.references/);
  });
});
