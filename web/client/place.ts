/**
 * Where a person stopped a session, kept in localStorage per stretch or routine, so that
 * Stop, a reload or a later visit can pick up at the same part. Storage may be missing or
 * full (private modes): then nothing is kept and nothing breaks.
 */

export interface SavedPlace {
  /** The part to start from (0-based). */
  segmentIndex: number;
  segmentCount: number;
  /** The part's title, for the resume offer. */
  title: string;
  hold: 'shorter' | 'standard' | 'longer';
  pace: 'normal' | 'slower';
  /** When it was saved (ms since the epoch). */
  savedAt: number;
}

/** Places older than this are forgotten: a month-old routine is better started afresh. */
const KEEP_MS = 30 * 24 * 60 * 60 * 1000;

const keyOf = (kind: string, id: string) => `back-stretch-coach:place:${kind}:${id}`;

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function isPlace(value: unknown): value is SavedPlace {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    Number.isInteger(v.segmentIndex) &&
    Number.isInteger(v.segmentCount) &&
    typeof v.title === 'string' &&
    (v.hold === 'shorter' || v.hold === 'standard' || v.hold === 'longer') &&
    (v.pace === 'normal' || v.pace === 'slower') &&
    typeof v.savedAt === 'number' &&
    (v.segmentIndex as number) >= 0 &&
    (v.segmentIndex as number) < (v.segmentCount as number)
  );
}

export function loadPlace(kind: string, id: string): SavedPlace | undefined {
  try {
    const raw = storage()?.getItem(keyOf(kind, id));
    if (!raw) return undefined;
    const place: unknown = JSON.parse(raw);
    if (!isPlace(place) || Date.now() - place.savedAt > KEEP_MS) return undefined;
    return place;
  } catch {
    return undefined;
  }
}

export function savePlace(kind: string, id: string, place: SavedPlace): void {
  try {
    storage()?.setItem(keyOf(kind, id), JSON.stringify(place));
  } catch {
    // Full or blocked storage: the session goes on without a saved place.
  }
}

export function clearPlace(kind: string, id: string): void {
  try {
    storage()?.removeItem(keyOf(kind, id));
  } catch {
    // Nothing to clear.
  }
}
