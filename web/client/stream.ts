/**
 * A hook for the browser player: plays a hands-free stream (GET /api/stream/...) through one
 * <audio> element, track after track, and reports the hold in progress with the seconds left
 * taken from the audio's own clock, so an on-screen countdown follows what is heard. The
 * page's player uses it through StreamSession (stream-session.ts).
 */
import { holdAt } from '../../skill/audio/position';
import type { StreamPlanJson } from '../routes/stream-api';

export interface StreamTick {
  trackIndex: number;
  title: string;
  hold?: { label: string; remainingSeconds: number };
}

export class StreamPlayer {
  private index = 0;
  /** Runs when a track is loaded (the first, next, previous, or the next one after an end). */
  onTrack: (index: number) => void = () => undefined;

  constructor(
    private readonly audio: HTMLAudioElement,
    private readonly plan: StreamPlanJson,
    private readonly onTick: (tick: StreamTick) => void,
    private readonly onEnd: () => void = () => undefined,
  ) {
    audio.addEventListener('timeupdate', () => this.tick());
    // A seek (a resume, or a test moving the media) shows the new place at once.
    audio.addEventListener('seeked', () => this.tick());
    audio.addEventListener('pause', () => this.tick());
    audio.addEventListener('play', () => this.tick());
    audio.addEventListener('ended', () => {
      if (this.index + 1 < this.plan.tracks.length) void this.load(this.index + 1, true);
      else this.onEnd();
    });
  }

  static async fetch(url: string): Promise<StreamPlanJson> {
    const response = await fetch(url);
    // 204: the site has no hands-free audio (the page speaks instead).
    if (!response.ok || response.status === 204) throw new Error(`The stream is not available (${response.status}).`);
    return (await response.json()) as StreamPlanJson;
  }

  /** The track playing (0-based) and where in it, by the audio's own clock. */
  get trackIndex(): number {
    return this.index;
  }

  get positionMs(): number {
    return this.audio.currentTime * 1000;
  }

  get paused(): boolean {
    return this.audio.paused;
  }

  private tick(): void {
    const track = this.plan.tracks[this.index];
    if (!track) return;
    const hold = holdAt(track, this.audio.currentTime * 1000);
    this.onTick({ trackIndex: this.index, title: track.title, ...(hold ? { hold } : {}) });
  }

  private async load(index: number, play: boolean): Promise<void> {
    const track = this.plan.tracks[index];
    if (!track) return;
    this.index = index;
    this.audio.src = track.url;
    this.onTrack(index);
    this.tick();
    if (play) await this.audio.play();
  }

  /** Plays track `index` from its start. */
  playTrack(index: number): Promise<void> {
    return this.load(Math.max(0, Math.min(index, this.plan.tracks.length - 1)), true);
  }

  async play(): Promise<void> {
    if (!this.audio.src) return this.load(0, true);
    await this.audio.play();
  }

  /** Stops for good: nothing more plays or loads. */
  stop(): void {
    this.audio.pause();
    this.audio.removeAttribute('src');
    this.audio.load();
  }

  pause(): void {
    this.audio.pause();
  }

  next(): Promise<void> {
    return this.load(Math.min(this.index + 1, this.plan.tracks.length - 1), !this.audio.paused);
  }

  previous(): Promise<void> {
    return this.load(Math.max(0, this.index - 1), !this.audio.paused);
  }
}
