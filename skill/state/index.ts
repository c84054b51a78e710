/** The rules of the person's state: defaults, repair, merging two turns, the carried copy. Pure. */
export { newUserState } from './new-user-state';
export { normalizeUserState } from './normalize';
export { mergeTurn } from './merge';
export { deepEqual } from './equal';
export { HISTORY_LIMIT } from './history';
export { normalizePreferences, isPreferenceValue, HOLD_LENGTHS, PACES, CUE_STYLES } from './preferences';
export { carryState, readCarried, startTurn, type CarriedState, type TurnStart } from './carry';
