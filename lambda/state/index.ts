/** The user-state layer: the store port and its DynamoDB adapter, load-once/save-once interceptors, skill events. */
export { getTurnState, setTurnState, getUserState, setUserState, commitTurn, isKept, type TurnState } from './access';
export { USER_STATE_SCHEMA_VERSION, ITEM_LIFETIME_DAYS, DELETION_MARKER_DAYS } from './itemLayout';
export type { UserStateStore, StoredState, StoredVersion, SaveResult, SaveOptions, CallOptions } from './store';
export { createDynamoClient } from './dynamoClient';
export { createDynamoStore, createStoreFromEnv, type DynamoStoreOptions } from './dynamoStore';
export { createStateInterceptors, type StateInterceptorOptions } from './interceptors';
export { saveTurn, type StateLog, type SaveOutcome } from './saveTurn';
export { userIdOf, userRef } from './userRef';
export { SkillDisabledHandler } from './skillEvents';
export { createTableIfMissing } from './createTable';
export { TURN_BUDGET_MS, startBudget } from './budget';
