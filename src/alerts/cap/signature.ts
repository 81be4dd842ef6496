import { X509Certificate, type KeyObject } from 'node:crypto';
import { SignedXml } from 'xml-crypto';

/** The algorithms of every signature we write (XML-DSig 1.0 identifiers, as CAP receivers expect them). */
export const capSignatureAlgorithms = {
  signature: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
  digest: 'http://www.w3.org/2001/04/xmlenc#sha256',
  canonicalization: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  enveloped: 'http://www.w3.org/2000/09/xmldsig#enveloped-signature',
} as const;

export class CapSigningError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CapSigningError';
  }
}

/** What a signer shows about itself: for the start's log line and for whoever fetches the certificate. */
export interface CapSignerIdentity {
  subject: string;
  /** SHA-256 of the certificate, colon-separated hex, as `openssl x509 -fingerprint -sha256` prints it. */
  fingerprint256: string;
  validFrom: Date;
  validTo: Date;
}

// The root's end tag (any prefix), then nothing but blanks: where an enveloped signature goes.
const rootEnd = /<\/(?:[A-Za-z_][\w.-]*:)?alert\s*>\s*$/;

/**
 * Signs CAP messages with XML-DSig, enveloped (`Reference URI=""`, so the alert needs no `Id` the CAP schema
 * would refuse), RSA-SHA256 over the exclusive canonical form, the certificate (and its chain) in `KeyInfo`.
 * The signature is placed as the last child of `alert`, where CAP 1.2's schema allows XML-DSig elements, and
 * the message's own bytes are kept as they were written: only the `Signature` element is inserted.
 */
export class CapSigner {
  readonly identity: CapSignerIdentity;

  constructor(
    private readonly privateKey: KeyObject,
    /** The PEM text as configured: the signing certificate first, then any intermediates. */
    readonly certificatePem: string,
  ) {
    if (privateKey.type !== 'private') throw new CapSigningError('the signing key is not a private key');
    if (privateKey.asymmetricKeyType !== 'rsa')
      throw new CapSigningError(
        `the signing key is ${privateKey.asymmetricKeyType ?? 'unknown'}, not RSA (RSA-SHA256)`,
      );
    let certificate: X509Certificate;
    try {
      certificate = new X509Certificate(certificatePem);
    } catch (error) {
      throw new CapSigningError(`the certificate is not a PEM X.509 certificate: ${(error as Error).message}`);
    }
    if (!certificate.checkPrivateKey(privateKey))
      throw new CapSigningError(`the signing key does not belong to the certificate ${certificate.subject}`);
    this.identity = {
      subject: certificate.subject.replace(/\n/g, ', '),
      fingerprint256: certificate.fingerprint256,
      validFrom: new Date(certificate.validFrom),
      validTo: new Date(certificate.validTo),
    };
  }

  /** The message with its enveloped signature; the same text is stored, served and sent. */
  sign(capXml: string): string {
    const end = rootEnd.exec(capXml);
    if (!end) throw new CapSigningError('not a CAP message ending with its </alert> tag');
    const signer = new SignedXml({
      privateKey: this.privateKey,
      publicCert: this.certificatePem,
      signatureAlgorithm: capSignatureAlgorithms.signature,
      canonicalizationAlgorithm: capSignatureAlgorithms.canonicalization,
    });
    signer.addReference({
      xpath: '/*',
      digestAlgorithm: capSignatureAlgorithms.digest,
      transforms: [capSignatureAlgorithms.enveloped, capSignatureAlgorithms.canonicalization],
      isEmptyUri: true,
    });
    // xml-crypto appends the signature after the root's last child; inserting the same element just before the
    // root's end tag gives the same tree (so the same digest) without re-serialising what we wrote.
    signer.computeSignature(capXml, { location: { reference: '/*', action: 'append' } });
    return capXml.slice(0, end.index) + signer.getSignatureXml() + capXml.slice(end.index);
  }
}
