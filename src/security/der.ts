/** Just enough DER (ASN.1) reading for keystore files: TLV headers, a TLV's value, a SEQUENCE's children. */

/** One DER TLV: header length and content length. */
export function derHeader(buf: Buffer, fail: (why: string) => never): { header: number; length: number } {
  if (buf.length < 2) fail('bad DER');
  const first = buf[1]!;
  if (first < 0x80) return { header: 2, length: first };
  const n = first & 0x7f;
  if (n > 4 || buf.length < 2 + n) fail('bad DER length');
  let length = 0;
  for (let i = 0; i < n; i++) length = length * 256 + buf[2 + i]!;
  return { header: 2 + n, length };
}

export function derValue(tlv: Buffer): Buffer {
  const { header, length } = derHeader(tlv, () => {
    throw new Error('bad DER');
  });
  return tlv.subarray(header, header + length);
}

/** The TLVs inside a constructed TLV (a SEQUENCE). */
export function derChildren(tlv: Buffer, fail: (why: string) => never): Buffer[] {
  const { header, length } = derHeader(tlv, fail);
  const out: Buffer[] = [];
  let pos = header;
  const end = header + length;
  if (end > tlv.length) fail('bad DER length');
  while (pos < end) {
    const child = tlv.subarray(pos, end);
    const h = derHeader(child, fail);
    out.push(child.subarray(0, h.header + h.length));
    pos += h.header + h.length;
  }
  return out;
}

/**
 * A DER certificate as PEM: base64 in lines of 64 characters. (A blank line before the END line, where the base64
 * filled its last line exactly, makes OpenSSL refuse the certificate.)
 */
export function certificatePem(der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}
