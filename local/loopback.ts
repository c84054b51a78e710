/**
 * Whether a request comes from this computer. A tunnel (ngrok, cloudflared) connects from
 * localhost too but marks what it forwards with X-Forwarded-For or similar headers, so a
 * forwarded request never counts as local.
 */
const FORWARDING_HEADERS = ['forwarded', 'x-forwarded-for', 'x-real-ip', 'cf-connecting-ip', 'true-client-ip'];

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.toLowerCase().replace(/^::ffff:/, '');
  return plain === '::1' || /^127(\.\d{1,3}){3}$/.test(plain);
}

export function isForwarded(headers: Headers): boolean {
  return FORWARDING_HEADERS.some((name) => headers.has(name));
}

export function isLocalRequest(remoteAddress: string | undefined, headers: Headers): boolean {
  return isLoopbackAddress(remoteAddress) && !isForwarded(headers);
}
