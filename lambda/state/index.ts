/** The user-state layer: DynamoDB store, load-once/save-once interceptors, skill events. */
export {
  getTurnState,
  setTurnState,
  getUserState,
  setUserState,
  stateWarningFor,
  stateWarningText,
  type TurnState,
} from './access';
export { newUserState, normalizeUserState, USER_STATE_SCHEMA_VERSION, HISTORY_LIMIT } from './userState';
export {
  createDynamoClient,
  createDynamoStore,
  createStoreFromEnv,
  type DynamoStoreOptions,
  type UserStateStore,
} from './dynamoStore';
export { createStateInterceptors, saveTurn, userIdOf, type StateLog, type SaveOutcome } from './interceptors';
export { mergeTurn, deepEqual } from './mergeTurn';
export { SkillDisabledHandler } from './skillEvents';
export { createTableIfMissing } from './createTable';
