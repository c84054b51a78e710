/**
 * A short content hash (64-bit FNV-1a, hex) for clip and track names. Pure TypeScript so
 * skill/ needs no Node crypto; collisions are negligible for the few thousand clips a
 * deployment has, and a name only has to change when its content does.
 */
const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

export function contentHash(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK;
  }
  return hash.toString(16).padStart(16, '0');
}
