import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSigningKey, xmlsecVerify, type TestSigningKey } from '../../test/support/cap-signing.ts';
import { loadCapSigner } from './cap-signing.ts';

describe('CAP signing configuration (NUANCHENG_CAP_SIGNING_KEY, _CERT, _KEY_PASSPHRASE)', () => {
  let key: TestSigningKey;
  let other: TestSigningKey;
  beforeAll(() => {
    key = testSigningKey();
    other = testSigningKey({ subject: '/CN=other' });
  });
  afterAll(() => {
    key?.remove();
    other?.remove();
  });
  const message =
    '<?xml version="1.0" encoding="UTF-8"?>\n<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">\n</alert>\n';

  it('neither variable: no signer (messages go out unsigned)', () => {
    expect(loadCapSigner({})).toBeNull();
    expect(loadCapSigner({ NUANCHENG_CAP_SIGNING_KEY: '', NUANCHENG_CAP_SIGNING_CERT: '' })).toBeNull();
  });

  it('one without the other, an unreadable file, a key of another certificate: an error naming the variable', () => {
    expect(() => loadCapSigner({ NUANCHENG_CAP_SIGNING_KEY: key.keyFile })).toThrow(
      /^NUANCHENG_CAP_SIGNING_CERT: CAP signing needs both/,
    );
    expect(() => loadCapSigner({ NUANCHENG_CAP_SIGNING_CERT: key.certificateFile })).toThrow(
      /^NUANCHENG_CAP_SIGNING_KEY: CAP signing needs both/,
    );
    expect(() =>
      loadCapSigner({ NUANCHENG_CAP_SIGNING_KEY: '/nonexistent.pem', NUANCHENG_CAP_SIGNING_CERT: key.certificateFile }),
    ).toThrow(/^NUANCHENG_CAP_SIGNING_KEY: cannot read the file \(ENOENT\)/);
    expect(() =>
      loadCapSigner({
        NUANCHENG_CAP_SIGNING_KEY: key.certificateFile,
        NUANCHENG_CAP_SIGNING_CERT: key.certificateFile,
      }),
    ).toThrow(/^NUANCHENG_CAP_SIGNING_KEY: /);
    expect(() =>
      loadCapSigner({ NUANCHENG_CAP_SIGNING_KEY: key.keyFile, NUANCHENG_CAP_SIGNING_CERT: other.certificateFile }),
    ).toThrow(/^NUANCHENG_CAP_SIGNING_CERT: the signing key does not belong to the certificate/);
  });

  it('an encrypted key is read with its passphrase, and refused without it', () => {
    const encrypted = join(key.dir, 'encrypted.key');
    execFileSync('openssl', [
      'pkey',
      '-in',
      key.keyFile,
      '-aes256',
      '-passout',
      'pass:secret phrase',
      '-out',
      encrypted,
    ]);
    const env = { NUANCHENG_CAP_SIGNING_KEY: encrypted, NUANCHENG_CAP_SIGNING_CERT: key.certificateFile };
    expect(() => loadCapSigner(env)).toThrow(/^NUANCHENG_CAP_SIGNING_KEY: /);
    const signer = loadCapSigner({ ...env, NUANCHENG_CAP_SIGNING_KEY_PASSPHRASE: 'secret phrase' });
    expect(xmlsecVerify(signer!.sign(message), key.certificateFile).ok).toBe(true);
  });

  it('the signer names its certificate: subject, SHA-256 fingerprint as openssl prints it, validity', () => {
    const printed = execFileSync('openssl', ['x509', '-in', key.certificateFile, '-noout', '-fingerprint', '-sha256'], {
      encoding: 'utf8',
    });
    expect(printed.trim()).toBe(`sha256 Fingerprint=${key.signer.identity.fingerprint256}`);
    expect(key.signer.identity.subject).toContain('CN=nuancheng CAP test');
    expect(key.signer.identity.validTo.getTime()).toBeGreaterThan(Date.now());
  });
});
