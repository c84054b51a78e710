/**
 * The port through which the skill keeps a person's state: what a store must do, nothing about
 * how. The DynamoDB adapter is lambda/state/dynamo-store.ts; the benchmark has an in-memory one.
 */
import type { UserState } from '../../skill/conversation/types';

/**
 * What a save must still find stored for it to replace what was read (opaque outside the
 * adapter): nothing at all, a version number, or an older item's own marker.
 */
export type StoredVersion =
  | { readonly kind: 'none' }
  | { readonly kind: 'version'; readonly version: number }
  | { readonly kind: 'legacy'; readonly marker: unknown };

export interface StoredState {
  /** The person's state, repaired (version: the stored version number, 0 when none). */
  state: UserState;
  /** The condition a save of a change to this state must meet. */
  stored: StoredVersion;
  /** Ids of the most recent saves, newest first: tells whether a save whose answer was lost did land. */
  recentWrites: readonly string[];
  /** The person asked to be forgotten (skill disabled): nothing may be stored for now. */
  deleted: boolean;
}

export interface CallOptions {
  /** Aborts the call (the turn's time budget ran out). */
  signal?: AbortSignal;
}

export interface SaveOptions extends CallOptions {
  /** This write's id, unique per attempt. */
  writeId: string;
  /** recentWrites of the state being replaced (kept, newest first, behind writeId). */
  previousWrites?: readonly string[];
}

/** The version now stored (the save went in), or 'conflict' (nothing was written). */
export type SaveResult = number | 'conflict';

export interface UserStateStore {
  /** The person's state; a new state when nothing is stored. Throws when storage fails. */
  load(userId: string, options?: CallOptions): Promise<StoredState>;
  /**
   * Stores `next`, only if what is stored still matches `expected`; 'conflict' when it does
   * not (another turn saved first, or the person's data was deleted: a reload tells which).
   * Throws when storage fails; the write may then have landed or not: the next load's
   * recentWrites holds `writeId` if it did.
   */
  save(userId: string, next: UserState, expected: StoredVersion, options: SaveOptions): Promise<SaveResult>;
  /**
   * Forgets the person: everything stored about them is replaced by a deletion marker that no
   * later save can overwrite, itself expiring after a while.
   */
  remove(userId: string, options?: CallOptions): Promise<void>;
}
