/**
 * The page's session when the hands-free stream is available: the same audio Alexa plays
 * (the same voice everywhere), through the StreamPlayer hook, with everything on screen read
 * off the audio's own clock (audio.currentTime): the words being said, the hold countdown,
 * the part, time left and up next. It offers the controls the guided session does, so the
 * player drives either one. The stream opens and closes with a short track of its own; the
 * tracks between are the plan's segments, in order (the same segment ids).
 */
import type { SessionPlan } from '../plan-types';
import type { StreamPlanJson, StreamTrackJson } from '../routes/stream-api';
import type { SessionCallbacks, SessionView } from './session';
import { StreamPlayer } from './stream';

/** What the player asks of a session, guided (speechSynthesis) or streamed. */
export interface PlayerSession {
  start(segmentIndex?: number): void;
  readonly currentSegment: number;
  pause(): void;
  resume(): void;
  togglePause(): void;
  next(): void;
  previous(): void;
  stop(): void;
}

/** "Previous" well into a part goes back to its start, as the guided session does. */
const PREVIOUS_RESTARTS_AFTER_MS = 5000;

/** The stream's first track that is a segment (after the opening). */
const FIRST_STRETCH_TRACK = 1;

/** Whether `stream` is the audio of `plan`: the opening, one track per segment (same ids, same order), the closing. */
export function streamMatchesPlan(stream: StreamPlanJson, plan: SessionPlan): boolean {
  return (
    stream.tracks.length === plan.segments.length + FIRST_STRETCH_TRACK + 1 &&
    plan.segments.every((segment, i) => stream.tracks[i + FIRST_STRETCH_TRACK]?.segmentId === segment.id)
  );
}

export class StreamSession implements PlayerSession {
  private readonly player: StreamPlayer;
  private stopped = false;
  private segmentIndex = 0;

  constructor(
    private readonly plan: SessionPlan,
    private readonly stream: StreamPlanJson,
    audio: HTMLAudioElement,
    private readonly callbacks: SessionCallbacks,
  ) {
    this.player = new StreamPlayer(audio, stream, () => this.render(), () => this.finish());
    this.player.onTrack = (index) => {
      const segment = this.segmentOfTrack(index);
      if (segment === this.segmentIndex) return;
      this.segmentIndex = segment;
      if (!this.stopped) this.callbacks.enteredSegment?.(segment);
    };
  }

  private segmentOfTrack(index: number): number {
    return Math.max(0, Math.min(index - FIRST_STRETCH_TRACK, this.plan.segments.length - 1));
  }

  /** From the opening, or (picking up a saved place) from that part's own track. */
  start(segmentIndex = 0): void {
    const index = segmentIndex > 0 ? Math.min(segmentIndex, this.plan.segments.length - 1) + FIRST_STRETCH_TRACK : 0;
    this.segmentIndex = this.segmentOfTrack(index);
    this.callbacks.enteredSegment?.(this.segmentIndex);
    this.playing(this.player.playTrack(index));
  }

  get currentSegment(): number {
    return this.segmentIndex;
  }

  pause(): void {
    if (this.stopped) return;
    this.player.pause();
    this.render();
  }

  resume(): void {
    if (this.stopped) return;
    this.playing(this.player.play());
  }

  togglePause(): void {
    if (this.player.paused) this.resume();
    else this.pause();
  }

  next(): void {
    if (this.stopped) return;
    const index = this.player.trackIndex;
    if (index + 1 >= this.stream.tracks.length) return this.finish();
    this.playing(this.player.playTrack(index + 1));
  }

  previous(): void {
    if (this.stopped) return;
    const index = this.player.trackIndex;
    const restart = this.player.positionMs > PREVIOUS_RESTARTS_AFTER_MS;
    this.playing(this.player.playTrack(restart ? index : Math.max(FIRST_STRETCH_TRACK, index - 1)));
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.player.stop();
  }

  /** A play the browser refused (autoplay rules) leaves the session paused, with Resume to press. */
  private playing(started: Promise<void>): void {
    started.catch(() => this.render());
  }

  private finish(): void {
    if (this.stopped) return;
    this.stop();
    this.callbacks.finished();
  }

  private render(): void {
    if (this.stopped) return;
    const trackIndex = this.player.trackIndex;
    const track = this.stream.tracks[trackIndex];
    const segment = this.plan.segments[this.segmentIndex];
    if (!track || !segment) return;
    const positionMs = this.player.positionMs;
    const view: SessionView = {
      segment,
      segmentIndex: this.segmentIndex,
      segmentCount: this.plan.segments.length,
      text: sayingAt(track, positionMs),
      image: imageFor(segment, sayingAt(track, positionMs)),
      progress: track.durationMs > 0 ? Math.min(1, positionMs / track.durationMs) : 0,
      sessionSecondsLeft: Math.max(
        0,
        Math.round((track.durationMs - positionMs + this.stream.tracks.slice(trackIndex + 1).reduce((sum, t) => sum + t.durationMs, 0)) / 1000),
      ),
      paused: this.player.paused,
    };
    const hold = track.holds.find((h) => positionMs >= h.startMs && positionMs < h.endMs);
    if (hold) {
      const exact = (hold.endMs - positionMs) / 1000;
      view.hold = { secondsLeft: Math.ceil(exact), exactSecondsLeft: exact, totalSeconds: hold.targetSeconds, label: hold.label };
    }
    const upNext = this.plan.segments[this.segmentIndex + 1]?.title;
    if (upNext && trackIndex >= FIRST_STRETCH_TRACK) view.upNext = upNext;
    else if (trackIndex < FIRST_STRETCH_TRACK) view.upNext = segment.title;
    this.callbacks.render(view);
  }
}

/** The sentence being said (or last said) at `positionMs` of the track. */
function sayingAt(track: StreamTrackJson, positionMs: number): string {
  let text = '';
  for (const cue of track.cues) {
    if (cue.startMs > positionMs) break;
    text = cue.text;
  }
  return text;
}

/** The drawing of the position the words are about (cat-cow, tilts), else the stretch's own. */
function imageFor(segment: SessionPlan['segments'][number], saying: string): { url: string; alt: string } {
  const main = { url: segment.illustration, alt: segment.illustrationAlt };
  let image = main;
  for (const step of segment.steps) {
    if ((step.kind === 'say' || step.kind === 'hold') && step.image) image = { url: step.image, alt: step.imageAlt ?? '' };
    if (step.kind === 'say' && saying && step.text.includes(saying)) return image;
  }
  return main;
}
