/**
 * Checks on requests to the local skill endpoint before any work is done for them: a body read
 * with bounded memory (counted as it streams, abandoned at the limit, with or without a
 * Content-Length), and no cross-site or DNS-rebinding requests (a web page on another site
 * cannot reach the endpoint through the person's browser).
 */

/** Reads at most `max` bytes of a body; 'too_large' as soon as more arrive (the rest is never read). */
export async function readBodyWithin(body: ReadableStream<Uint8Array> | null, max: number): Promise<Uint8Array | 'too_large'> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      void reader.cancel().catch(() => undefined);
      return 'too_large';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

function hostnameOf(host: string): string | undefined {
  try {
    return new URL(`http://${host}`).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/** localhost, 127.0.0.0/8 or [::1]. */
export function isLoopbackHost(host: string | null | undefined): boolean {
  const name = host ? hostnameOf(host) : undefined;
  return name === 'localhost' || name === '[::1]' || (name !== undefined && /^127(\.\d{1,3}){3}$/.test(name));
}

export interface SiteCheck {
  /** Hosts (host or host:port) the endpoint is published under, e.g. the tunnel's. */
  publicHosts?: readonly string[];
  /** When no public host is configured, accept any Host (only with signature verification). */
  anyHost: boolean;
}

/** Why a request is refused as cross-site or rebinding, or undefined when it is fine. */
export function crossSiteProblem(headers: Headers, check: SiteCheck): string | undefined {
  const host = headers.get('host');
  const publicHosts = (check.publicHosts ?? []).map((h) => h.toLowerCase());
  const hostAllowed =
    isLoopbackHost(host) ||
    (host !== null && (publicHosts.includes(host.toLowerCase()) || publicHosts.includes(hostnameOf(host) ?? ''))) ||
    (check.anyHost && publicHosts.length === 0);
  if (!hostAllowed) return `The Host header ${JSON.stringify(host)} is not this computer or the configured public host.`;
  const origin = headers.get('origin');
  if (origin !== null) {
    let originHost: string | undefined;
    try {
      originHost = new URL(origin).host.toLowerCase();
    } catch {
      originHost = undefined;
    }
    if (originHost !== host?.toLowerCase()) return 'Requests from another site are refused.';
  }
  if (headers.get('sec-fetch-site') === 'cross-site') return 'Requests from another site are refused.';
  return undefined;
}

/** True for application/json (with any parameters, such as charset). */
export function isJsonContentType(value: string | null): boolean {
  return value !== null && value.split(';')[0]!.trim().toLowerCase() === 'application/json';
}
