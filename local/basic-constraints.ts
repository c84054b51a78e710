/**
 * The basicConstraints extension of an X.509 certificate (RFC 5280, 4.2.1.9), read from its
 * DER bytes: node:crypto's X509Certificate says whether a certificate is a CA, not how many
 * CAs may follow it (pathLenConstraint).
 */
import type { X509Certificate } from 'node:crypto';

/** OID 2.5.29.19, DER-encoded with its tag and length. */
const BASIC_CONSTRAINTS_OID = [0x06, 0x03, 0x55, 0x1d, 0x13];

interface Read {
  tag: number;
  start: number;
  end: number;
}

/** One DER element at `at`: its tag and where its content starts and ends (undefined if malformed). */
function element(bytes: Uint8Array, at: number): Read | undefined {
  if (at + 2 > bytes.length) return undefined;
  const tag = bytes[at]!;
  let length = bytes[at + 1]!;
  let start = at + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 3 || start + count > bytes.length) return undefined;
    length = 0;
    for (let i = 0; i < count; i++) length = (length << 8) | bytes[start + i]!;
    start += count;
  }
  const end = start + length;
  return end <= bytes.length ? { tag, start, end } : undefined;
}

function parseAt(bytes: Uint8Array, afterOid: number): { ca: boolean; pathLen?: number } | undefined {
  let at = afterOid;
  let next = element(bytes, at);
  if (next?.tag === 0x01) {
    // critical BOOLEAN
    at = next.end;
    next = element(bytes, at);
  }
  if (next?.tag !== 0x04) return undefined;
  const sequence = element(bytes, next.start);
  if (sequence?.tag !== 0x30 || sequence.end !== next.end) return undefined;
  let ca = false;
  let pathLen: number | undefined;
  at = sequence.start;
  while (at < sequence.end) {
    const item = element(bytes, at);
    if (!item) return undefined;
    if (item.tag === 0x01) ca = bytes[item.start] !== 0x00;
    else if (item.tag === 0x02) {
      if (item.end - item.start > 4) return undefined;
      pathLen = 0;
      for (let i = item.start; i < item.end; i++) pathLen = pathLen * 256 + bytes[i]!;
    } else return undefined;
    at = item.end;
  }
  return pathLen === undefined ? { ca } : { ca, pathLen };
}

/** The certificate's basicConstraints, or undefined when it has none. */
export function basicConstraintsOf(cert: X509Certificate): { ca: boolean; pathLen?: number } | undefined {
  const bytes = new Uint8Array(cert.raw);
  for (let i = 0; i + BASIC_CONSTRAINTS_OID.length <= bytes.length; i++) {
    if (BASIC_CONSTRAINTS_OID.every((byte, k) => bytes[i + k] === byte)) {
      const parsed = parseAt(bytes, i + BASIC_CONSTRAINTS_OID.length);
      if (parsed) return parsed;
    }
  }
  return undefined;
}

/**
 * Throws unless every CA certificate's pathLenConstraint allows the CA certificates below it:
 * `chain` is leaf first, `anchor` the trusted root it ends at (when not part of the chain).
 */
export function pathLengthProblem(chain: readonly X509Certificate[], anchor?: X509Certificate): string | undefined {
  const issuers = anchor ? [...chain, anchor] : [...chain];
  for (let i = 1; i < issuers.length; i++) {
    const limit = basicConstraintsOf(issuers[i]!)?.pathLen;
    // CA certificates between this one and the leaf (the leaf itself does not count).
    const below = i - 1;
    if (limit !== undefined && below > limit) {
      return `${issuers[i]!.subject.replace(/\n/g, ', ')} allows ${limit} CA certificate(s) below it, the chain has ${below}.`;
    }
  }
  return undefined;
}
