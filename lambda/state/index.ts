/** The user-state layer: the store port and its DynamoDB adapter, load-once/save-once interceptors, skill events. */
export { getTurnState, setTurnState, getUserState, setUserState, commitTurn, isKept, type TurnState } from './access';
export { USER_STATE_SCHEMA_VERSION, ITEM_LIFETIME_DAYS, DELETION_MARKER_DAYS } from './item-layout';
export type { UserStateStore, StoredState, StoredVersion, SaveResult, SaveOptions, CallOptions } from './store';
export { createDynamoClient } from './dynamo-client';
export { createDynamoStore, type DynamoStoreOptions } from './dynamo-store';
export { createStateInterceptors, type StateInterceptorOptions } from './interceptors';
export { saveTurn, type StateLog, type SaveOutcome } from './save-turn';
export { userIdOf, userRef } from './user-ref';
export { SkillDisabledHandler } from './skill-events';
export { createTableIfMissing } from './create-table';
export { TURN_BUDGET_MS, startBudget } from './budget';
