/** An in-memory UserStateStore for the corpus run: the same contract as the DynamoDB store. */
import type { UserStateStore } from '../../lambda/state/index';
import { emptyUserState } from '../../skill/conversation/state';
import type { UserState } from '../../skill/conversation/types';

export interface MemoryStore extends UserStateStore {
  /** What is stored for the person now (undefined when nothing is). */
  peek(userId: string): UserState | undefined;
}

export function memoryStore(): MemoryStore {
  const items = new Map<string, UserState>();
  return {
    async load(userId) {
      const item = items.get(userId);
      return item ? structuredClone(item) : emptyUserState();
    },
    async save(userId, next, expectedVersion) {
      if ((items.get(userId)?.version ?? 0) !== expectedVersion) return 'conflict';
      items.set(userId, structuredClone({ ...next, version: expectedVersion + 1 }));
      return 'saved';
    },
    async remove(userId) {
      items.delete(userId);
    },
    peek: (userId) => items.get(userId),
  };
}
