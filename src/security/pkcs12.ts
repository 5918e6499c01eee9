import { createDecipheriv, pbkdf2Sync } from 'node:crypto';
import { ConfigError } from '../config';
import { certificatePem, derChildren, derValue } from './der';

/**
 * The certificates of a PKCS12 truststore. Node loads PKCS12 keystores itself (`pfx`) but not a store holding only
 * certificates, which is what keytool (`-importcert`, PKCS12 by default since Java 9) and `openssl pkcs12 -nokeys`
 * write. Reads the certificate bags, in clear or encrypted with PBES2 (PBKDF2 + AES/3DES-CBC, the default of
 * Java 12+ and OpenSSL 3). The older RC2/3DES PKCS#12 PBE schemes (Java 8, OpenSSL 1.x) are refused with a reason.
 * The MAC is not checked: a wrong password shows as a decryption failure.
 */
const OID = {
  data: '2a864886f70d010701',
  encryptedData: '2a864886f70d010706',
  certBag: '2a864886f70d010c0a0103',
  x509Certificate: '2a864886f70d01091601',
  pbes2: '2a864886f70d01050d',
  pbkdf2: '2a864886f70d01050c',
} as const;

const PRF: Record<string, string> = {
  '2a864886f70d0207': 'sha1',
  '2a864886f70d0208': 'sha224',
  '2a864886f70d0209': 'sha256',
  '2a864886f70d020a': 'sha384',
  '2a864886f70d020b': 'sha512',
};

const CIPHERS: Record<string, { name: string; keyLength: number }> = {
  '608648016503040102': { name: 'aes-128-cbc', keyLength: 16 },
  '608648016503040116': { name: 'aes-192-cbc', keyLength: 24 },
  '60864801650304012a': { name: 'aes-256-cbc', keyLength: 32 },
  '2a864886f70d0307': { name: 'des-ede3-cbc', keyLength: 24 },
};

export function readPkcs12Certificates(bytes: Buffer, password: string | null, path: string): string[] {
  const fail = (why: string): never => {
    throw new ConfigError(`cannot read PKCS12 truststore ${path}: ${why}`);
  };
  const children = (tlv: Buffer | undefined) => (tlv ? derChildren(tlv, fail) : fail('unexpected structure'));
  const oid = (tlv: Buffer | undefined) => (tlv ? derValue(tlv).toString('hex') : '');
  /** The TLV inside an [0] EXPLICIT wrapper. */
  const explicit = (tlv: Buffer | undefined) => children(tlv)[0] ?? fail('empty [0] content');

  const pfx = children(bytes);
  const authSafe = children(pfx[1]);
  if (oid(authSafe[0]) !== OID.data) fail('not a password-integrity PKCS12 file');
  const certificates: string[] = [];
  for (const contentInfo of children(derValue(explicit(authSafe[1])))) {
    const [type, content] = children(contentInfo);
    let safeContents: Buffer;
    if (oid(type) === OID.data) safeContents = derValue(explicit(content));
    else if (oid(type) === OID.encryptedData) {
      const encryptedContentInfo = children(children(explicit(content))[1]);
      const encrypted = encryptedContentInfo[2] ?? fail('no encrypted content');
      // [0] IMPLICIT OCTET STRING: primitive (0x80), or constructed (0xa0) in chunks.
      const ciphertext = encrypted[0] === 0xa0 ? Buffer.concat(children(encrypted).map(derValue)) : derValue(encrypted);
      safeContents = decrypt(children(encryptedContentInfo[1]), ciphertext, password ?? '', fail, children, oid);
    } else continue;
    for (const bag of children(safeContents)) {
      const [bagId, bagValue] = children(bag);
      if (oid(bagId) !== OID.certBag) continue;
      const [certType, certValue] = children(explicit(bagValue));
      if (oid(certType) === OID.x509Certificate) certificates.push(certificatePem(derValue(explicit(certValue))));
    }
  }
  return certificates;
}

function decrypt(
  algorithm: Buffer[],
  ciphertext: Buffer,
  password: string,
  fail: (why: string) => never,
  children: (tlv: Buffer | undefined) => Buffer[],
  oid: (tlv: Buffer | undefined) => string,
): Buffer {
  if (oid(algorithm[0]) !== OID.pbes2) {
    fail(
      'certificates encrypted with a legacy PKCS#12 PBE scheme (RC2/3DES); re-export with AES (Java 12+ keytool, OpenSSL 3) or use a PEM truststore',
    );
  }
  const [kdf, scheme] = children(algorithm[1]);
  const [kdfOid, kdfParams] = children(kdf);
  if (oid(kdfOid) !== OID.pbkdf2) fail('PBES2 with a key derivation other than PBKDF2');
  const params = children(kdfParams);
  const salt = derValue(params[0]!);
  const iterations = derValue(params[1]!).readUIntBE(0, Math.min(6, derValue(params[1]!).length));
  const prfTlv = params.find((p, i) => i >= 2 && p[0] === 0x30);
  const prf = prfTlv ? PRF[oid(children(prfTlv)[0])] : 'sha1';
  const [cipherOid, ivTlv] = children(scheme);
  const cipher = CIPHERS[oid(cipherOid)];
  if (!prf || !cipher) fail('PBES2 with an unsupported PRF or cipher');
  const key = pbkdf2Sync(Buffer.from(password, 'utf8'), salt, iterations, cipher!.keyLength, prf!);
  try {
    const decipher = createDecipheriv(cipher!.name, key, derValue(ivTlv!));
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    return fail('cannot decrypt the certificates (wrong ssl.truststore.password?)');
  }
}
