import { createHash } from 'node:crypto';

/** A short, stable content hash for ETags and versioned asset URLs. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 16);
}
