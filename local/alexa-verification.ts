/**
 * Checks that a request to the skill endpoint really comes from Alexa, the way Amazon
 * requires of HTTPS endpoints (developer.amazon.com, "Host a custom skill as a web service"):
 *
 * 1. `SignatureCertChainUrl` is https://s3.amazonaws.com[:443]/echo.api/... (host and scheme
 *    case-insensitive, path case-sensitive, checked after `..` normalisation).
 * 2. The certificate chain it names (fetched once, then cached) is within its validity dates,
 *    the signing certificate lists echo-api.amazon.com in its Subject Alternative Names, and
 *    every certificate is signed by the next, up to a trusted root, within every CA's
 *    basicConstraints path length. A chain that could not be downloaded is not asked for
 *    again for a minute, and at most MAX_FETCHES_PER_MINUTE downloads start in a minute (so
 *    forged requests cannot make the endpoint fetch on every request).
 * 3. `Signature-256` is the base64 RSA-SHA256 signature of the raw body by that certificate.
 * 4. The request's timestamp is within 150 s of now (skill events: within an hour).
 *
 * Built on node:crypto only. The certificate source, the trusted roots and the clock can be
 * injected, so tests use their own throwaway CA instead of Amazon's.
 */
import { X509Certificate, verify as verifySignature } from 'node:crypto';
import { rootCertificates } from 'node:tls';
import { pathLengthProblem } from './basic-constraints';

export type VerificationFailure =
  | 'missing_headers'
  | 'bad_cert_url'
  | 'cert_unavailable'
  | 'cert_invalid'
  | 'cert_expired'
  | 'cert_wrong_domain'
  | 'cert_untrusted'
  | 'bad_signature'
  | 'bad_body'
  | 'stale_timestamp';

export class AlexaVerificationError extends Error {
  constructor(
    readonly code: VerificationFailure,
    message: string,
  ) {
    super(message);
    this.name = 'AlexaVerificationError';
  }
}

/** Loads the PEM text of a certificate chain (leaf first). */
export type CertChainFetcher = (url: string) => Promise<string>;

export interface AlexaVerifierOptions {
  /** Where certificate chains come from; HTTPS GET by default. */
  fetchCertChain?: CertChainFetcher;
  /** Trusted root certificates; Node's bundled Mozilla roots by default. */
  trustedRoots?: readonly X509Certificate[];
  /** The clock; `() => new Date()` by default. */
  now?: () => Date;
}

/** What a verified request carried; the header names are matched case-insensitively. */
export interface AlexaRequestToVerify {
  headers: Headers | Record<string, string | string[] | undefined>;
  /** The body exactly as received: the signature covers these bytes. */
  rawBody: Uint8Array;
}

export const CERT_CHAIN_URL_HEADER = 'signaturecertchainurl';
export const SIGNATURE_HEADER = 'signature-256';
export const ECHO_API_DOMAIN = 'echo-api.amazon.com';
export const REQUEST_TOLERANCE_MS = 150_000;
export const SKILL_EVENT_TOLERANCE_MS = 60 * 60 * 1000;
const SKILL_EVENT_TYPES = new Set([
  'AlexaSkillEvent.SkillEnabled',
  'AlexaSkillEvent.SkillDisabled',
  'AlexaSkillEvent.SkillPermissionChanged',
  'AlexaSkillEvent.SkillPermissionAccepted',
  'AlexaSkillEvent.SkillAccountLinked',
]);
const MAX_CERT_CHAIN_BYTES = 64 * 1024;
/** A certificate URL whose download failed is not fetched again for this long. */
export const FAILED_FETCH_RETRY_MS = 60_000;
/** At most this many failed URLs are remembered (then the list starts again). */
const MAX_FAILED_FETCHES = 1000;
/** At most this many downloads per minute: Alexa uses one or two URLs, each cached once it works. */
export const MAX_FETCHES_PER_MINUTE = 10;
const CERT_FETCH_TIMEOUT_MS = 5_000;

/** Throws `bad_cert_url` unless `value` is a certificate URL Alexa may use. */
export function checkCertChainUrl(value: string): URL {
  let url: URL;
  try {
    // The WHATWG parser lowercases scheme and host, drops a default :443 and resolves `..`.
    url = new URL(value);
  } catch {
    throw new AlexaVerificationError('bad_cert_url', `SignatureCertChainUrl is not a URL: ${value}`);
  }
  if (url.protocol !== 'https:') {
    throw new AlexaVerificationError('bad_cert_url', `SignatureCertChainUrl must use https, not ${url.protocol.replace(':', '')}.`);
  }
  if (url.hostname !== 's3.amazonaws.com') {
    throw new AlexaVerificationError('bad_cert_url', `SignatureCertChainUrl must be on s3.amazonaws.com, not ${url.hostname}.`);
  }
  if (url.port !== '' && url.port !== '443') {
    throw new AlexaVerificationError('bad_cert_url', `SignatureCertChainUrl must use port 443, not ${url.port}.`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new AlexaVerificationError('bad_cert_url', 'SignatureCertChainUrl must not carry credentials.');
  }
  if (!url.pathname.startsWith('/echo.api/')) {
    throw new AlexaVerificationError('bad_cert_url', `SignatureCertChainUrl path must start with /echo.api/, not ${url.pathname}.`);
  }
  return url;
}

/** Downloads a certificate chain over HTTPS (status 200, at most 64 KB, 5 s). */
export const fetchCertChainOverHttps: CertChainFetcher = async (url) => {
  const response = await fetch(url, { signal: AbortSignal.timeout(CERT_FETCH_TIMEOUT_MS), redirect: 'error' });
  if (response.status !== 200) throw new Error(`status ${response.status}`);
  const text = await response.text();
  if (text.length > MAX_CERT_CHAIN_BYTES) throw new Error('certificate chain too large');
  return text;
};

let defaultRoots: X509Certificate[] | undefined;
function nodeRootCertificates(): X509Certificate[] {
  defaultRoots ??= rootCertificates.map((pem) => new X509Certificate(pem));
  return defaultRoots;
}

function parseChain(pem: string): X509Certificate[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) throw new AlexaVerificationError('cert_invalid', 'The certificate chain holds no certificate.');
  try {
    return blocks.map((block) => new X509Certificate(block));
  } catch (error) {
    throw new AlexaVerificationError('cert_invalid', `The certificate chain cannot be parsed: ${(error as Error).message}`);
  }
}

function dnsNames(cert: X509Certificate): string[] {
  // Node renders the extension as `DNS:a, DNS:b, IP Address:...`.
  return (cert.subjectAltName ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.startsWith('DNS:'))
    .map((entry) => entry.slice(4).toLowerCase());
}

function isIssuedBy(cert: X509Certificate, issuer: X509Certificate): boolean {
  return cert.checkIssued(issuer) && cert.verify(issuer.publicKey);
}

export class AlexaRequestVerifier {
  private readonly fetchCertChain: CertChainFetcher;
  private readonly trustedRoots: () => readonly X509Certificate[];
  private readonly now: () => Date;
  /** Validated chains by URL; checked against the clock on every use. */
  private readonly chains = new Map<string, X509Certificate[]>();
  /** URLs whose download failed, with when to try again. */
  private readonly failedFetches = new Map<string, { until: number; reason: string }>();
  /** When the recent downloads started (for MAX_FETCHES_PER_MINUTE). */
  private recentFetches: number[] = [];

  constructor(options: AlexaVerifierOptions = {}) {
    this.fetchCertChain = options.fetchCertChain ?? fetchCertChainOverHttps;
    const roots = options.trustedRoots;
    this.trustedRoots = roots ? () => roots : nodeRootCertificates;
    this.now = options.now ?? (() => new Date());
  }

  /** Resolves with the parsed request envelope, or throws an AlexaVerificationError. */
  async verify(request: AlexaRequestToVerify): Promise<unknown> {
    const certUrl = header(request.headers, CERT_CHAIN_URL_HEADER);
    const signature = header(request.headers, SIGNATURE_HEADER);
    if (certUrl === undefined || signature === undefined) {
      const missing = [certUrl === undefined ? 'SignatureCertChainUrl' : undefined, signature === undefined ? 'Signature-256' : undefined]
        .filter(Boolean)
        .join(' and ');
      throw new AlexaVerificationError('missing_headers', `The request has no ${missing} header.`);
    }
    const url = checkCertChainUrl(certUrl);
    const chain = await this.chainFor(url.href);
    this.checkDates(chain);
    this.checkSignature(chain[0] as X509Certificate, signature, request.rawBody);
    const envelope = parseEnvelope(request.rawBody);
    this.checkTimestamp(envelope);
    return envelope;
  }

  private async chainFor(url: string): Promise<X509Certificate[]> {
    const cached = this.chains.get(url);
    if (cached) return cached;
    const nowMs = this.now().getTime();
    const failed = this.failedFetches.get(url);
    if (failed && failed.until > nowMs) {
      throw new AlexaVerificationError('cert_unavailable', `The certificate chain at ${url} could not be loaded a moment ago: ${failed.reason}`);
    }
    this.recentFetches = this.recentFetches.filter((at) => at > nowMs - 60_000);
    if (this.recentFetches.length >= MAX_FETCHES_PER_MINUTE) {
      throw new AlexaVerificationError('cert_unavailable', 'Too many certificate downloads in the last minute; try again shortly.');
    }
    this.recentFetches.push(nowMs);
    let pem: string;
    try {
      pem = await this.fetchCertChain(url);
    } catch (error) {
      const reason = (error as Error).message;
      if (this.failedFetches.size >= MAX_FAILED_FETCHES) this.failedFetches.clear();
      this.failedFetches.set(url, { until: nowMs + FAILED_FETCH_RETRY_MS, reason });
      throw new AlexaVerificationError('cert_unavailable', `The certificate chain at ${url} could not be loaded: ${reason}`);
    }
    this.failedFetches.delete(url);
    const chain = parseChain(pem);
    this.checkDates(chain);
    const leaf = chain[0] as X509Certificate;
    if (!dnsNames(leaf).includes(ECHO_API_DOMAIN)) {
      throw new AlexaVerificationError('cert_wrong_domain', `The signing certificate is not for ${ECHO_API_DOMAIN}.`);
    }
    this.checkTrust(chain);
    this.chains.set(url, chain);
    return chain;
  }

  private checkDates(chain: readonly X509Certificate[]): void {
    const now = this.now().getTime();
    for (const cert of chain) {
      if (now < Date.parse(cert.validFrom) || now > Date.parse(cert.validTo)) {
        throw new AlexaVerificationError(
          'cert_expired',
          `The certificate ${cert.subject.replace(/\n/g, ', ')} is valid only from ${cert.validFrom} to ${cert.validTo}.`,
        );
      }
    }
  }

  private checkTrust(chain: readonly X509Certificate[]): void {
    for (let i = 0; i + 1 < chain.length; i++) {
      const cert = chain[i] as X509Certificate;
      const issuer = chain[i + 1] as X509Certificate;
      if (!issuer.ca || !isIssuedBy(cert, issuer)) {
        throw new AlexaVerificationError('cert_untrusted', 'The certificate chain is broken: a certificate is not signed by the next one.');
      }
    }
    const last = chain[chain.length - 1] as X509Certificate;
    const roots = this.trustedRoots();
    const anchor = roots.find((root) => root.fingerprint256 === last.fingerprint256 || (root.ca && isIssuedBy(last, root)));
    if (!anchor) {
      throw new AlexaVerificationError('cert_untrusted', 'The certificate chain does not lead to a trusted root certificate.');
    }
    const tooLong = pathLengthProblem(chain, anchor.fingerprint256 === last.fingerprint256 ? undefined : anchor);
    if (tooLong) throw new AlexaVerificationError('cert_untrusted', `The certificate chain is longer than a CA allows: ${tooLong}`);
  }

  private checkSignature(leaf: X509Certificate, signature: string, body: Uint8Array): void {
    const bytes = Buffer.from(signature, 'base64');
    let valid = false;
    try {
      valid = bytes.length > 0 && verifySignature('sha256', body, leaf.publicKey, bytes);
    } catch {
      valid = false;
    }
    if (!valid) throw new AlexaVerificationError('bad_signature', 'Signature-256 does not match the request body.');
  }

  private checkTimestamp(envelope: unknown): void {
    const request = (envelope as { request?: { type?: unknown; timestamp?: unknown } }).request;
    const stamp = typeof request?.timestamp === 'string' ? Date.parse(request.timestamp) : Number.NaN;
    if (Number.isNaN(stamp)) throw new AlexaVerificationError('bad_body', 'The request has no valid request.timestamp.');
    const age = this.now().getTime() - stamp;
    const tolerance = typeof request?.type === 'string' && SKILL_EVENT_TYPES.has(request.type) ? SKILL_EVENT_TOLERANCE_MS : REQUEST_TOLERANCE_MS;
    if (Math.abs(age) > tolerance) {
      throw new AlexaVerificationError(
        'stale_timestamp',
        `The request timestamp is ${Math.round(age / 1000)} s from now; at most ${tolerance / 1000} s is allowed.`,
      );
    }
  }
}

function header(headers: AlexaRequestToVerify['headers'], lowerName: string): string | undefined {
  if (headers instanceof Headers) return headers.get(lowerName) ?? undefined;
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === lowerName) return Array.isArray(value) ? value[0] : value;
  }
  return undefined;
}

/** Parses the body as a JSON object, or throws `bad_body`. */
export function parseEnvelope(rawBody: Uint8Array): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(rawBody).toString('utf8'));
  } catch {
    throw new AlexaVerificationError('bad_body', 'The request body is not valid JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new AlexaVerificationError('bad_body', 'The request body is not a JSON object.');
  }
  return parsed;
}
