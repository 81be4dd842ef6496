import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSigningKey, xmlsecVerify, type TestSigningKey } from '../../../test/support/cap-signing.ts';
import { capSchemaErrors } from '../../../test/support/cap-schema.ts';
import { encodeCap } from './encode.ts';
import { parseCap } from './parse.ts';
import { CapSigner } from './signature.ts';

const fixtures = new URL('../../../test/fixtures/cap/', import.meta.url);
const sample = (name: string) => readFileSync(new URL(name, fixtures), 'utf8');
const unsignedSamples = ['australia.cap', 'cap_amber_alert_example.xml', 'wmo-at.xml', 'wmo-cn.xml', 'wmo-us.xml'];

/** One of our own messages, with what escaping must keep intact: markup characters, a carriage return, Chinese. */
function ownMessage(): string {
  const { alert } = parseCap(sample('wmo-cn.xml'));
  const [first, ...rest] = alert.infos;
  return encodeCap({
    ...alert,
    note: '会商研判 <重大影响> & 全网短信\r\n第二行',
    infos: [{ ...first!, description: '降雨量 ≥ 50 mm & "持续"' }, ...rest],
  });
}

describe('Signed CAP (XML-DSig enveloped, RSA-SHA256, exclusive c14n), checked by xmlsec1', () => {
  let key: TestSigningKey;
  let other: TestSigningKey;
  beforeAll(() => {
    key = testSigningKey();
    other = testSigningKey({ subject: '/CN=someone else' });
  });
  afterAll(() => {
    key?.remove();
    other?.remove();
  });

  it.each(unsignedSamples)(
    '%s signed: xmlsec1 verifies it, the CAP 1.2 schema accepts it, our parser reads the same alert',
    async (name) => {
      const xml = sample(name);
      const signed = key.signer.sign(xml);
      const check = xmlsecVerify(signed, key.certificateFile);
      expect(check.output).toMatch(/^OK$/m);
      expect(check.ok).toBe(true);
      expect(await capSchemaErrors([{ name, xml: signed }])).toEqual([]);
      const parsed = parseCap(signed);
      expect(parsed.signed).toBe(true);
      expect(parsed.alert).toEqual(parseCap(xml).alert);
    },
  );

  it('our own message keeps its bytes: only the Signature element is inserted before </alert>', () => {
    const xml = ownMessage();
    const signed = key.signer.sign(xml);
    const at = xml.lastIndexOf('</alert>');
    expect(signed.startsWith(xml.slice(0, at))).toBe(true);
    expect(signed.endsWith('</Signature></alert>\n')).toBe(true);
    expect(signed).toContain('&#13;');
    expect(xmlsecVerify(signed, key.certificateFile).ok).toBe(true);
  });

  it('names the algorithms a CAP receiver expects, with Reference URI="" and the certificate in KeyInfo', () => {
    const signed = key.signer.sign(ownMessage());
    expect(signed).toContain('<SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>');
    expect(signed).toContain('<CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>');
    expect(signed).toContain('<Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>');
    expect(signed).toContain('<DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>');
    expect(signed).toContain('<Reference URI="">');
    const certificateBody = key.certificatePem.replace(/-----[A-Z ]+-----|\s/g, '');
    expect(signed.replace(/\s/g, '')).toContain(`<X509Certificate>${certificateBody}</X509Certificate>`);
    expect(signed).not.toMatch(/<alert[^>]* Id=/);
  });

  it('a message changed after signing, or signed by a key nobody trusts, does not verify', () => {
    const signed = key.signer.sign(ownMessage());
    const altered = signed.replace('<severity>Moderate</severity>', '<severity>Minor</severity>');
    expect(altered).not.toBe(signed);
    expect(xmlsecVerify(altered, key.certificateFile).ok).toBe(false);
    expect(xmlsecVerify(other.signer.sign(ownMessage()), key.certificateFile).ok).toBe(false);
  });

  it('a real Canadian signed message is read as signed, its signatures read past', () => {
    const parsed = parseCap(sample('canada_signed.cap'));
    expect(parsed.signed).toBe(true);
    expect(parsed.alert.sender).toBe('cap-pac@ec.gc.ca');
  });

  it('refuses a key that is not RSA or does not belong to the certificate, and a text that is not a CAP message', () => {
    const { privateKey: ecKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    expect(() => new CapSigner(ecKey, key.certificatePem)).toThrow(/not RSA/);
    const { privateKey: stranger } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    expect(() => new CapSigner(stranger, key.certificatePem)).toThrow(/does not belong to the certificate/);
    expect(() => new CapSigner(stranger, 'not a certificate')).toThrow(/not a PEM X.509 certificate/);
    expect(() => key.signer.sign('<feed/>')).toThrow(/not a CAP message/);
  });
});
