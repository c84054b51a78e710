/**
 * The device's audio player, simulated: it follows the skill's AudioPlayer directives
 * (Play REPLACE_ALL / ENQUEUE, Stop, ClearQueue), keeps a clock you move by hand
 * (/wait SECONDS, /pause-at SECONDS), and reports what a real Echo reports: its state in
 * context.AudioPlayer, and PlaybackStarted / NearlyFinished / Finished / Stopped requests.
 * Like a device that buffers the whole file, it asks for the next track (NearlyFinished)
 * right after a track starts.
 */
import type { interfaces, ResponseEnvelope } from 'ask-sdk-model';
import type { PlayerReport } from './envelopes';

export interface QueuedStream {
  token: string;
  url: string;
  offsetMs: number;
}

/** A request the player sends to the skill, and why. */
export interface PlayerEvent {
  type: string;
  extra?: Record<string, unknown>;
}

export type TrackDuration = (url: string) => Promise<number | undefined>;

/** Sends one device request to the skill (and follows its answer) before the player carries on. */
export type Emit = (event: PlayerEvent) => Promise<void>;

export class SimulatedPlayer {
  current: (QueuedStream & { durationMs?: number }) | undefined;
  queue: QueuedStream[] = [];
  activity: PlayerReport['playerActivity'] = 'IDLE';

  constructor(private readonly durationOf: TrackDuration) {}

  report(): PlayerReport | undefined {
    if (!this.current) return undefined;
    return { token: this.current.token, offsetInMilliseconds: Math.round(this.current.offsetMs), playerActivity: this.activity };
  }

  private async start(stream: QueuedStream, emit: Emit): Promise<void> {
    this.current = { ...stream };
    const durationMs = await this.durationOf(stream.url);
    if (durationMs !== undefined) this.current.durationMs = durationMs;
    this.activity = 'PLAYING';
    await emit({ type: 'AudioPlayer.PlaybackStarted' });
    await emit({ type: 'AudioPlayer.PlaybackNearlyFinished' });
  }

  /** Follows a response's AudioPlayer directives, sending the requests the device would send on the way. */
  async follow(response: ResponseEnvelope, emit: Emit, note: (text: string) => void): Promise<void> {
    const notes = { push: note };
    for (const directive of response.response.directives ?? []) {
      if (directive.type === 'AudioPlayer.Play') {
        const play = directive as interfaces.audioplayer.PlayDirective;
        const stream = play.audioItem?.stream;
        if (!stream) continue;
        const queued = { token: stream.token, url: stream.url, offsetMs: stream.offsetInMilliseconds ?? 0 };
        notes.push(`AudioPlayer.Play ${play.playBehavior} ${stream.token} from ${(queued.offsetMs / 1000).toFixed(1)} s: ${stream.url}`);
        if (play.playBehavior === 'ENQUEUE') {
          if (stream.expectedPreviousToken && stream.expectedPreviousToken !== this.current?.token) {
            notes.push(`  ignored: expectedPreviousToken ${stream.expectedPreviousToken} is not the playing track`);
            continue;
          }
          this.queue.push(queued);
          continue;
        }
        if (this.activity === 'PLAYING') {
          this.activity = 'STOPPED';
          await emit({ type: 'AudioPlayer.PlaybackStopped' });
        }
        this.queue = [];
        await this.start(queued, emit);
      } else if (directive.type === 'AudioPlayer.Stop') {
        notes.push('AudioPlayer.Stop');
        if (this.activity === 'PLAYING') {
          this.activity = 'STOPPED';
          await emit({ type: 'AudioPlayer.PlaybackStopped' });
        }
      } else if (directive.type === 'AudioPlayer.ClearQueue') {
        notes.push('AudioPlayer.ClearQueue');
        this.queue = [];
      }
    }
  }

  /** Plays on for `seconds`, sending the requests on the way (finished tracks, next ones started). */
  async advance(seconds: number, emit: Emit): Promise<void> {
    let left = seconds * 1000;
    while (this.current && this.activity === 'PLAYING' && left > 0) {
      const duration = this.current.durationMs ?? Number.POSITIVE_INFINITY;
      const remaining = duration - this.current.offsetMs;
      if (left < remaining) {
        this.current.offsetMs += left;
        break;
      }
      left -= remaining;
      this.current.offsetMs = duration;
      const next = this.queue.shift();
      if (!next) this.activity = 'FINISHED';
      await emit({ type: 'AudioPlayer.PlaybackFinished' });
      if (next) await this.start(next, emit);
    }
  }

  /** Moves the playing track's clock to `seconds` (as if it had played until then). */
  seek(seconds: number): void {
    if (this.current) this.current.offsetMs = Math.max(0, seconds * 1000);
  }

  describe(): string {
    if (!this.current) return 'The audio player is idle.';
    const at = (this.current.offsetMs / 1000).toFixed(1);
    const of = this.current.durationMs !== undefined ? ` of ${(this.current.durationMs / 1000).toFixed(1)} s` : '';
    return `Audio player ${this.activity}: ${this.current.token} at ${at} s${of}; ${this.queue.length} queued.`;
  }
}
