/**
 * Timeline -> audio plan. Every track is one segment of the timeline (one stretch or one
 * side), optionally with an opening and a closing track around them. Offsets are computed
 * from the measured clip durations on the stream's frame grid:
 * - outside holds every pause keeps its length;
 * - inside a hold each cue starts where the narration placed it, and the hold's last
 *   silence ends exactly `targetSeconds` after the hold started, whatever the real cues
 *   took. So a hold's length never depends on how fast the voice speaks.
 */
import { eventSeconds, silenceFollows } from '../narration/duration';
import type { Segment, TimelineEvent } from '../narration/types';
import type { CountingRules, Pace } from '../narration/speech-time';
import { CHIME_CLIP_ID, clipIdOf, sentencesOf } from './clips';
import { contentHash } from './hash';
import { recipeOf } from './recipe';
import type { AudioHold, AudioPart, ClipRole, SilencePurpose, AudioPlan, AudioTrack, ClipDurations, FrameGrid, VoiceSettings } from './types';

/** Quiet between two sentences of one spoken line (the voice's own sentence pause, roughly). */
export const SENTENCE_GAP_MS = 300;

export interface PlanSettings {
  voice: VoiceSettings;
  pace: Pace;
  /** The language the narration speaks: its rules time the cues inside a hold as the compiler placed them (English unless given). */
  rules?: CountingRules;
  durations: ClipDurations;
  grid: FrameGrid;
}

/** A piece of narration that becomes one track. */
export interface TrackSource {
  id: string;
  title: string;
  stretchId?: Segment['stretchId'];
  side?: Segment['side'];
  events: readonly TimelineEvent[];
}

export class MissingClipError extends Error {
  constructor(readonly clipIds: string[]) {
    super(`No measured duration for ${clipIds.length} clip(s): ${clipIds.slice(0, 3).join(', ')}`);
  }
}

function frames(ms: number, grid: FrameGrid): number {
  return Math.max(0, Math.round(ms / grid.frameMs));
}

class TrackBuilder {
  readonly parts: AudioPart[] = [];
  readonly holds: AudioHold[] = [];
  cursorMs = 0;
  readonly missing: string[] = [];

  constructor(private readonly settings: PlanSettings) {}

  clip(clipId: string, text: string, role: ClipRole): void {
    const measured = this.settings.durations[clipId];
    if (measured === undefined) {
      this.missing.push(clipId);
      return;
    }
    // Two sentences in a row get the voice's own short pause between them.
    if (this.parts.at(-1)?.kind === 'clip') this.silenceUntil(this.cursorMs + SENTENCE_GAP_MS, 'sentence');
    this.parts.push({ kind: 'clip', clipId, text, role, startMs: this.cursorMs, durationMs: measured });
    this.cursorMs += measured;
  }

  /** Silence until `endMs` (rounded to the frame grid; nothing when already there). */
  silenceUntil(endMs: number, purpose: SilencePurpose): void {
    const count = frames(endMs - this.cursorMs, this.settings.grid);
    if (count === 0) return;
    const durationMs = count * this.settings.grid.frameMs;
    this.parts.push({ kind: 'silence', purpose, startMs: this.cursorMs, durationMs });
    this.cursorMs += durationMs;
  }

  say(text: string, role: Extract<TimelineEvent, { type: 'say' }>['role']): void {
    for (const sentence of sentencesOf(text)) {
      this.clip(clipIdOf(sentence, this.settings.voice, this.settings.pace), sentence, role);
    }
  }
}

/** The next event that is not a zero-length marker other than holdEnd. */
function endsHold(events: readonly TimelineEvent[], from: number): boolean {
  for (let i = from; i < events.length; i += 1) {
    const type = events[i]!.type;
    if (type === 'holdEnd') return true;
    if (type !== 'holdStart') return false;
  }
  return false;
}

function trackFile(parts: readonly AudioPart[], grid: FrameGrid): string {
  // The same name as before recipes were written with dots: unchanged tracks keep their files.
  return contentHash(`${grid.frameMs}|${recipeOf(parts, grid).replaceAll('.', ',')}`);
}

/** One track, or MissingClipError when a clip has not been rendered (and measured) yet. */
export function planTrack(source: TrackSource, index: number, settings: PlanSettings): AudioTrack {
  const b = new TrackBuilder(settings);
  const events = source.events;
  let hold: { startMs: number; estimated: number; target: number; label: string } | undefined;
  events.forEach((event, i) => {
    switch (event.type) {
      case 'say':
        b.say(event.text, event.role);
        // Estimated as the compiler placed it: a cue straight before a pause has no quiet of its own.
        if (hold) hold.estimated += eventSeconds(event, settings.pace, silenceFollows(events, i), settings.rules);
        break;
      case 'chime':
        b.clip(CHIME_CLIP_ID, '', 'chime');
        if (hold) hold.estimated += eventSeconds(event, settings.pace, false, settings.rules);
        break;
      case 'pause':
        if (!hold) {
          b.silenceUntil(b.cursorMs + event.seconds * 1000, event.purpose);
          break;
        }
        hold.estimated += event.seconds;
        b.silenceUntil(
          hold.startMs + (endsHold(events, i + 1) ? hold.target : hold.estimated) * 1000,
          event.purpose,
        );
        break;
      case 'holdStart':
        hold = { startMs: b.cursorMs, estimated: 0, target: event.targetSeconds, label: event.label };
        break;
      case 'holdEnd':
        if (hold) b.holds.push({ label: hold.label, targetSeconds: hold.target, startMs: hold.startMs, endMs: b.cursorMs });
        hold = undefined;
        break;
    }
  });
  if (b.missing.length > 0) throw new MissingClipError([...new Set(b.missing)]);
  const track: AudioTrack = {
    index,
    segmentId: source.id,
    title: source.title,
    parts: b.parts,
    durationMs: b.cursorMs,
    holds: b.holds,
    file: trackFile(b.parts, settings.grid),
  };
  if (source.stretchId) track.stretchId = source.stretchId;
  if (source.side) track.side = source.side;
  return track;
}

/** All tracks, in order: the sources as given (e.g. opening, the timeline's segments, closing). */
export function planAudio(sources: readonly TrackSource[], settings: PlanSettings): AudioPlan {
  const missing: string[] = [];
  const tracks: AudioTrack[] = [];
  sources.forEach((source, index) => {
    try {
      tracks.push(planTrack(source, index, settings));
    } catch (error) {
      if (error instanceof MissingClipError) missing.push(...error.clipIds);
      else throw error;
    }
  });
  if (missing.length > 0) throw new MissingClipError([...new Set(missing)]);
  return { tracks, durationMs: tracks.reduce((sum, t) => sum + t.durationMs, 0) };
}
