/** The narration engine's public API: catalog -> timeline -> SSML / speech plan. */
export type {
  NarrationOptions,
  PausePurpose,
  SayRole,
  Segment,
  Timeline,
  TimelineEvent,
} from './types';
export {
  compileRoutine,
  compileRoutineItem,
  compileStretch,
  routineItems,
  type ItemPosition,
  type RoutineNarrationOptions,
} from './compile';
export { CHIME_SECONDS, durationOf, eventSeconds } from './duration';
export { holdStarts, speechChunks, type HoldStart, type SpeechChunk } from './countdown';
export { resolveDosage, resolveHoldSeconds, type Dosage } from './dosage';
export { roundedMinutes, routineDuration, stretchDuration } from './estimates';
export { FIVE_MORE_CUE, HALFWAY_CUE, RELEASE_CUE } from './holds';
export { CUE_EARLIEST_SECONDS, PACING, type Pacing } from './pacing';
export { DEFAULT_MAX_SEGMENT_SECONDS } from './segments';
export {
  CHIME_AUDIO_SRC,
  escapeSsmlText,
  MAX_AUDIO_TAGS,
  MAX_BREAK_SECONDS,
  renderSsml,
  SSML_MAX_CHARS,
  type SsmlOptions,
} from './ssml';
export { estimateSpeechSeconds, type CountingRules, type Pace, wordsPerSecond } from './speech-time';
export { speechPlanSeconds, toSpeechPlan, type SpeechPlan, type SpeechPlanEntry } from './speech-plan';
export { chooseVersion, type ChosenVersion } from './variants';
