/**
 * The silences around the holds, per pace. Values are seconds. The slower pace gives more
 * time to move and breathe; the speech itself is slowed by the renderer's prosody tag.
 */
import type { Pace } from './speech-time';

export interface Pacing {
  /** Between two spoken setup or release steps. */
  stepGap: number;
  /** After the setup, to get into position before the first hold (not part of the hold). */
  settle: number;
  /** Before a repeated hold, to come back into position. */
  resettle: number;
  /** Between the two sides, on top of the spoken transition (3-5 s, never taken from a hold). */
  switchGap: number;
  /** Rest after a hold before the next repetition. */
  rest: number;
  /** After a spoken move, to make it before a short hold starts. */
  move: number;
  /** Rest between two short holds (standing back extension, pelvic tilts). */
  shortRest: number;
  /** One calm half-breath in a breath-paced flow, after its cue. */
  breath: number;
  /** Brief gap before the next stretch of a routine. */
  transition: number;
}

export const PACING: Readonly<Record<Pace, Pacing>> = {
  normal: {
    stepGap: 0.4,
    settle: 3,
    resettle: 2,
    switchGap: 3,
    rest: 1.5,
    move: 1,
    shortRest: 0.3,
    breath: 3,
    transition: 2,
  },
  slower: {
    stepGap: 1,
    settle: 7,
    resettle: 4,
    switchGap: 5,
    rest: 5,
    move: 1.5,
    shortRest: 2,
    breath: 5,
    transition: 3,
  },
};

/** No spoken cue starts in the first seconds of a hold. */
export const CUE_EARLIEST_SECONDS = 5;
/** Minimum quiet between the end of one cue and the start of the next. */
export const CUE_MIN_GAP_SECONDS = 2;
/** Pauses are rounded to this step (tenths of a second) so the SSML stays readable. */
export const PAUSE_STEP_SECONDS = 0.1;
