/** The history keeps the most recent entries only (most recent first). */
export const HISTORY_LIMIT = 30;
