export type { Command, PendingQuestion, PlayerContext, PlayerResult, Showing, Variant } from './commands';
export type { ActiveSession, HistoryEntry, UserState } from './types';
export { play } from './player';
export { newUserState as emptyUserState } from '../state/newUserState';
export { HISTORY_LIMIT } from '../state/history';
export { liveStreak, nextStreak, previousDay, recordCompletion } from './progress';
export { timelineFor } from './timelines';
export { redFlagFor } from './red-flags';
