/**
 * What the coach remembers about one person over weeks: check-ins, the progression step,
 * gentle days, when it last advised seeing a professional, and the Alexa Routine offer.
 * An optional, self-contained part of the UserState (`state.coaching`), normalised by
 * normalizeCoaching (./state.ts). Pure data, no AWS.
 */

/** Before or after a routine that day. */
export type CheckInPhase = 'before' | 'after';

/** One check-in, as the code uses it. Stored compactly (see ./checkIns.ts). */
export interface CheckIn {
  /** YYYY-MM-DD. */
  date: string;
  /** 0 (no pain) to 10 (worst). */
  score: number;
  phase: CheckInPhase;
}

export type RoutineOfferOutcome = 'offered' | 'accepted' | 'declined' | 'failed';

export interface CoachingState {
  /**
   * Check-ins, most recent first, each "YYYY-MM-DD:<score><b|a>" (e.g. "2026-03-02:6a", about
   * 16 bytes stored), at most one per day and phase, none older than CHECK_IN_DAYS.
   */
  checkIns: string[];
  /** Progression step: 0 = the routine's own numbers, up to MAX_LEVEL (the guide's maximums). */
  level: number;
  /** The last change of level: when, and which way (a step down waits longer before the next step up). */
  levelChange?: { on: string; dir: 'up' | 'down' };
  /** Sessions started on this date are gentle (a bad day, or a higher score than usual). */
  gentleOn?: string;
  /** When the coach last said that the guide advises seeing a healthcare professional. */
  advisedOn?: string;
  /** When the check-in was last offered (at most once a day). */
  offeredOn?: string;
  /** The Alexa Routine offer ("Alexa, start my back routine" without the skill's name). */
  routineOffer?: { on: string; outcome: RoutineOfferOutcome };
}
