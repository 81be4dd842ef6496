import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCapSigner } from '../../src/startup/cap-signing.ts';
import type { CapSigner } from '../../src/alerts/cap/signature.ts';
import { tempDir } from './temp-dir.ts';

export interface TestSigningKey {
  dir: string;
  keyFile: string;
  certificateFile: string;
  certificatePem: string;
  signer: CapSigner;
  remove: () => void;
}

/**
 * A fresh key and self-signed certificate made by OpenSSL (as an operator would make them, docs/warnings.md),
 * loaded the way the server loads them.
 */
export function testSigningKey(options: { algorithm?: string; subject?: string } = {}): TestSigningKey {
  const dir = tempDir('nuancheng-cap-key-');
  const keyFile = join(dir.path, 'cap-signing.key');
  const certificateFile = join(dir.path, 'cap-signing.crt');
  execFileSync(
    'openssl',
    [
      ...['req', '-x509', '-newkey', options.algorithm ?? 'rsa:2048', '-nodes'],
      ...['-keyout', keyFile, '-out', certificateFile, '-days', '30'],
      ...[
        '-subj',
        options.subject ?? '/C=CN/ST=Inner Mongolia/L=Ordos/O=Ordos Meteorological Service/CN=nuancheng CAP test',
      ],
    ],
    { stdio: 'pipe' },
  );
  const signer = loadCapSigner({ NUANCHENG_CAP_SIGNING_KEY: keyFile, NUANCHENG_CAP_SIGNING_CERT: certificateFile });
  if (!signer) throw new Error('the test key was not loaded');
  return {
    dir: dir.path,
    keyFile,
    certificateFile,
    certificatePem: readFileSync(certificateFile, 'utf8'),
    signer,
    remove: dir.remove,
  };
}

/**
 * Verifies a signed XML document with Debian's `xmlsec1` (libxmlsec1 over OpenSSL), an implementation
 * independent of the one that signed it, trusting only the given certificate.
 */
export function xmlsecVerify(xml: string, certificateFile: string): { ok: boolean; output: string } {
  const dir = tempDir('nuancheng-xmlsec-');
  try {
    const file = join(dir.path, 'message.xml');
    writeFileSync(file, xml);
    const run = spawnSync('xmlsec1', ['--verify', '--trusted-pem', certificateFile, file], { encoding: 'utf8' });
    if (run.error) throw new Error(`xmlsec1 did not run (apt-get install xmlsec1): ${run.error.message}`);
    return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
  } finally {
    dir.remove();
  }
}
