/**
 * An in-memory UserStateStore: a benchmark fixture (not used by tests) for measuring the
 * skill's own work per turn without DynamoDB. It stores each state as the same JSON
 * document the DynamoDB store writes and reads it back through normalizeUserState, with
 * the same optimistic-locking rule, so only the network round trips are left out.
 */
import type { UserStateStore } from '../lambda/state/index';
import { normalizeUserState } from '../skill/state/normalize';

interface StoredItem {
  version: number;
  state: string;
  writes: string[];
}

export function createMemoryStore(): UserStateStore {
  const items = new Map<string, StoredItem>();
  return {
    async load(userId) {
      const item = items.get(userId);
      if (!item) return { state: normalizeUserState(undefined), stored: { kind: 'none' }, recentWrites: [], deleted: false };
      return {
        state: normalizeUserState({ ...(JSON.parse(item.state) as object), version: item.version }),
        stored: { kind: 'version', version: item.version },
        recentWrites: item.writes,
        deleted: false,
      };
    },
    async save(userId, next, expected, options) {
      const current = items.get(userId)?.version ?? 0;
      const wanted = expected.kind === 'version' ? expected.version : 0;
      if (current !== wanted) return 'conflict';
      const { version: _ignored, ...document } = next;
      items.set(userId, { version: wanted + 1, state: JSON.stringify(document), writes: [options.writeId, ...(options.previousWrites ?? [])].slice(0, 8) });
      return wanted + 1;
    },
    async remove(userId) {
      items.delete(userId);
    },
  };
}
