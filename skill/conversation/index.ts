export type { Command, PendingQuestion, PlayerContext, PlayerResult, Showing, Variant } from './commands';
export type { ActiveSession, HistoryEntry, UserState } from './types';
export { play } from './player';
export { emptyUserState } from './state';
export { HISTORY_LIMIT, liveStreak, nextStreak, previousDay, recordCompletion } from './progress';
export { timelineFor } from './timelines';
export { redFlagFor } from './red-flags';
