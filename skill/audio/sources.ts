/**
 * The tracks of one hands-free play: an opening (the short safety line the first time, what
 * the stream is, how to end it), one track per timeline segment (a stretch or a side), and a
 * closing line. Track index = position in this list, and the AudioPlayer token carries it.
 */
import { safetyIn } from '../catalog/localized';
import { say } from '../narration/events';
import type { Timeline } from '../narration/types';
import { textsFor, type Texts } from '../text/locale';
import type { TrackSource } from './plan';

export interface StreamOptions {
  /** Open with the short safety line (first use). */
  withSafety: boolean;
  /** The words of the stream's own lines (the request's locale); English when absent. */
  texts?: Texts;
}

/** Quiet after the opening and before the closing, so neither runs into the routine. */
const EDGE_PAUSE_SECONDS = 1.5;

/** The stream's tracks; its own words come from `texts` (English unless the caller's locale says otherwise). */
export function streamSources(timeline: Timeline, options: StreamOptions, texts: Texts = options.texts ?? textsFor(undefined)): TrackSource[] {
  const words = texts.audio;
  const opening: TrackSource = {
    id: 'opening',
    title: timeline.title,
    events: [
      ...(options.withSafety ? [say(safetyIn(texts).shortSpokenLine, 'intro')] : []),
      say(`${words.streamOpening(timeline.title)} ${words.STREAM_STOP_REMINDER}`, 'intro'),
      { type: 'pause', seconds: EDGE_PAUSE_SECONDS, purpose: 'gap' },
    ],
  };
  const segments: TrackSource[] = timeline.segments.map((segment) => ({
    id: segment.id,
    title: segment.title,
    stretchId: segment.stretchId,
    ...(segment.side ? { side: segment.side } : {}),
    events: segment.events,
  }));
  const closing: TrackSource = {
    id: 'closing',
    title: timeline.title,
    events: [{ type: 'pause', seconds: EDGE_PAUSE_SECONDS, purpose: 'gap' }, say(words.STREAM_CLOSING, 'transition')],
  };
  return [opening, ...segments, closing];
}

/** Index of the first track that is a stretch (after the opening). */
export const FIRST_STRETCH_TRACK = 1;
