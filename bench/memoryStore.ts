/**
 * An in-memory UserStateStore: a benchmark fixture (not used by tests) for measuring the
 * skill's own work per turn without DynamoDB. It stores each state as the same JSON
 * document the DynamoDB store writes and reads it back through normalizeUserState, with
 * the same optimistic-locking rule, so only the network round trips are left out.
 */
import { normalizeUserState, type UserStateStore } from '../lambda/state/index';

interface StoredItem {
  version: number;
  state: string;
}

export function createMemoryStore(): UserStateStore {
  const items = new Map<string, StoredItem>();
  return {
    async load(userId) {
      const item = items.get(userId);
      if (!item) return normalizeUserState(undefined);
      return normalizeUserState({ ...(JSON.parse(item.state) as object), version: item.version });
    },
    async save(userId, next, expectedVersion) {
      const current = items.get(userId)?.version ?? 0;
      if (current !== expectedVersion) return 'conflict';
      const { version: _ignored, ...document } = next;
      items.set(userId, { version: expectedVersion + 1, state: JSON.stringify(document) });
      return 'saved';
    },
    async remove(userId) {
      items.delete(userId);
    },
  };
}
