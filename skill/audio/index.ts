/** Hands-free audio: timeline -> tracks of clips and silences timed from measured clips; MP3 joining; tokens; playback state. */
export * from './types';
export { CHIME_CLIP, CHIME_CLIP_ID, clipIdOf, clipsFor, sentencesOf, speechClip } from './clips';
export { contentHash } from './hash';
export { frameMsOf, joinMp3, mp3DurationMs, parseFrameHeader, readFrames, silentFrame, type StreamPiece } from './mp3';
export { MissingClipError, planAudio, planTrack, SENTENCE_GAP_MS, type PlanSettings, type TrackSource } from './plan';
export { MAX_RECIPE_PARTS, MAX_RECIPE_SILENCE_FRAMES, parseRecipe, recipeOf, type RecipePiece } from './recipe';
export { holdAt, parseTrackToken, PREVIOUS_RESTARTS_AFTER_MS, resumeOffsetMs, trackToken } from './position';
export { mergePlayback, normalizePlayback, type CurrentPlay, type PlaybackIds, type PlaybackState, type PlayMode } from './playback-state';
export { FIRST_STRETCH_TRACK, streamSources, type StreamOptions } from './sources';
export type { AudioLibrary, PreparedStream } from './library';
