/** An in-memory UserStateStore for the corpus run: the same contract as the DynamoDB store. */
import type { UserStateStore } from '../../lambda/state/index';
import { normalizeUserState } from '../../skill/state/normalize';
import type { UserState } from '../../skill/conversation/types';

export interface MemoryStore extends UserStateStore {
  /** What is stored for the person now (undefined when nothing is). */
  peek(userId: string): UserState | undefined;
  /** Stores for `to` exactly what is stored for `from` (its state and recent writes), or nothing. */
  copy(from: string, to: string): void;
}

export function memoryStore(): MemoryStore {
  const items = new Map<string, { state: UserState; writes: string[] }>();
  return {
    async load(userId) {
      const item = items.get(userId);
      if (!item) return { state: normalizeUserState(undefined), stored: { kind: 'none' }, recentWrites: [], deleted: false };
      return { state: structuredClone(item.state), stored: { kind: 'version', version: item.state.version }, recentWrites: item.writes, deleted: false };
    },
    async save(userId, next, expected, options) {
      const current = items.get(userId)?.state.version ?? 0;
      const wanted = expected.kind === 'version' ? expected.version : 0;
      if (current !== wanted) return 'conflict';
      const writes = [options.writeId, ...(options.previousWrites ?? [])].slice(0, 8);
      items.set(userId, { state: structuredClone({ ...next, version: wanted + 1 }), writes });
      return wanted + 1;
    },
    async remove(userId) {
      items.delete(userId);
    },
    peek: (userId) => items.get(userId)?.state,
    copy(from, to) {
      const item = items.get(from);
      // A stored state is never changed in place (load hands out a clone, save stores a new one): both may hold it.
      if (item) items.set(to, { state: item.state, writes: [...item.writes] });
      else items.delete(to);
    },
  };
}
