import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Logger } from 'pino';
import { CapSigner } from '../alerts/cap/signature.ts';

/** Where the CAP signing key and certificate are read from (docs/warnings.md, "Signed CAP"). */
export const capSigningVariables = {
  key: 'NUANCHENG_CAP_SIGNING_KEY',
  certificate: 'NUANCHENG_CAP_SIGNING_CERT',
  passphrase: 'NUANCHENG_CAP_SIGNING_KEY_PASSPHRASE',
} as const;

/** Runs one step of reading the configuration; its failure is reported under the variable it came from. */
function under<T>(variable: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new Error(
      `${variable}: ${code === 'ENOENT' || code === 'EACCES' ? `cannot read the file (${code})` : message}`,
      { cause: error },
    );
  }
}

/**
 * The CAP signer the environment configures: both PEM files named, or neither (then messages go out unsigned).
 * A half configuration, an unreadable file, a key that is not RSA or does not belong to the certificate stops
 * the start with a message naming the variable.
 */
export function loadCapSigner(env: NodeJS.ProcessEnv = process.env): CapSigner | null {
  const keyFile = env[capSigningVariables.key] || undefined;
  const certificateFile = env[capSigningVariables.certificate] || undefined;
  if (!keyFile && !certificateFile) return null;
  if (!keyFile || !certificateFile) {
    const missing = keyFile ? capSigningVariables.certificate : capSigningVariables.key;
    throw new Error(`${missing}: CAP signing needs both a private key and its certificate (PEM files)`);
  }
  const passphrase = env[capSigningVariables.passphrase];
  const key = under(capSigningVariables.key, () =>
    createPrivateKey({ key: readFileSync(keyFile, 'utf8'), ...(passphrase ? { passphrase } : {}) }),
  );
  return under(capSigningVariables.certificate, () => new CapSigner(key, readFileSync(certificateFile, 'utf8')));
}

/** Says once, at start, whether CAP messages are signed and with which certificate. */
export function logCapSigning(logger: Logger, signer: CapSigner | null, now = new Date()): void {
  if (!signer) {
    logger.warn(
      `CAP messages are NOT signed: set ${capSigningVariables.key} and ${capSigningVariables.certificate} to sign them (XML-DSig)`,
    );
    return;
  }
  const { subject, fingerprint256, validFrom, validTo } = signer.identity;
  const fields = { subject, fingerprint256, validTo: validTo.toISOString() };
  if (now < validFrom || now > validTo)
    logger.error(
      fields,
      'CAP messages are signed with a certificate that is not valid now: receivers will refuse them',
    );
  else
    logger.info(
      fields,
      'CAP messages are signed (XML-DSig, RSA-SHA256); certificate at /api/warnings/signing-certificate.pem',
    );
}
