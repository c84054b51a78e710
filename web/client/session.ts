/**
 * The player's engine: walks a SessionPlan step by step in real time. Speech-driven steps
 * end when the voice finishes; everything else (and all text when there is no voice) ends
 * when its time is up. Pausing freezes the step's clock; Next/Previous move by segment.
 */
import type { PlanSegment, PlanStep, SessionPlan } from '../plan-types';
import type { Speaker } from './speech';
import { playChime } from './chime';

/** What the screen shows at a moment of the session. */
export interface SessionView {
  segment: PlanSegment;
  segmentIndex: number;
  segmentCount: number;
  /** The latest spoken (or shown) sentence in this segment. */
  text: string;
  /** The drawing to show: the position being talked about, else the stretch's main drawing. */
  image: { url: string; alt: string };
  /** Set during a hold: whole seconds left, and what is being held. */
  hold?: { secondsLeft: number; totalSeconds: number; label: string };
  /** 0..1 through the current segment, by planned time. */
  progress: number;
  paused: boolean;
}

export interface SessionCallbacks {
  render(view: SessionView): void;
  finished(): void;
}

/** In text-only mode a sentence stays at least this long, so it can be read. */
const MIN_TEXT_SECONDS = 1.5;
/** If a voice never reports its end, move on after the estimate plus this margin. */
const SPEECH_GRACE_SECONDS = 4;
const TICK_MS = 200;

/** A stopwatch that can be frozen: the session's own time, which pauses when the person does. */
class PausableClock {
  private accumulatedMs = 0;
  private runningSince: number | undefined;

  get running(): boolean {
    return this.runningSince !== undefined;
  }

  nowMs(): number {
    return this.accumulatedMs + (this.runningSince === undefined ? 0 : performance.now() - this.runningSince);
  }

  run(): void {
    if (this.runningSince === undefined) this.runningSince = performance.now();
  }

  freeze(): void {
    if (this.runningSince === undefined) return;
    this.accumulatedMs += performance.now() - this.runningSince;
    this.runningSince = undefined;
  }
}

export class GuidedSession {
  private readonly clock = new PausableClock();
  private segmentIndex = 0;
  private stepIndex = 0;
  private text = '';
  private image: { url: string; alt: string } | undefined;
  private paused = false;
  private stopped = false;
  /** Clock time when the current step began, and how long it may take. */
  private stepStartMs = 0;
  private stepMs = 0;
  /** The current step waits for the voice to finish rather than for its time. */
  private waitingForVoice = false;
  /** The hold being counted down: it runs alongside the pauses and cues that fill it. */
  private hold: { startMs: number; totalSeconds: number; label: string } | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly plan: SessionPlan,
    private readonly speaker: Speaker,
    private readonly callbacks: SessionCallbacks,
  ) {}

  start(): void {
    this.clock.run();
    this.timer = setInterval(() => this.tick(), TICK_MS);
    this.enterSegment(0);
  }

  get isPaused(): boolean {
    return this.paused;
  }

  pause(): void {
    if (this.paused || this.stopped) return;
    this.clock.freeze();
    this.paused = true;
    // Speech cannot be frozen reliably; the sentence starts again on resume.
    if (this.waitingForVoice) this.speaker.cancel();
    this.render();
  }

  resume(): void {
    if (!this.paused || this.stopped) return;
    this.paused = false;
    this.clock.run();
    if (this.waitingForVoice) this.enterStep(this.stepIndex);
    else this.render();
  }

  togglePause(): void {
    if (this.paused) this.resume();
    else this.pause();
  }

  next(): void {
    if (this.stopped) return;
    this.unpause();
    this.enterSegment(this.segmentIndex + 1);
  }

  /** Back to the start of this segment, or to the previous one when this one has barely begun. */
  previous(): void {
    if (this.stopped) return;
    this.unpause();
    const barelyStarted = this.stepIndex <= 1;
    this.enterSegment(barelyStarted ? Math.max(0, this.segmentIndex - 1) : this.segmentIndex);
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.clock.freeze();
    if (this.timer !== undefined) clearInterval(this.timer);
    this.speaker.cancel();
  }

  private unpause(): void {
    this.paused = false;
    this.clock.run();
  }

  private get segment(): PlanSegment | undefined {
    return this.plan.segments[this.segmentIndex];
  }

  private get step(): PlanStep | undefined {
    return this.segment?.steps[this.stepIndex];
  }

  private enterSegment(index: number): void {
    this.speaker.cancel();
    this.hold = undefined;
    if (index >= this.plan.segments.length) {
      this.finish();
      return;
    }
    this.segmentIndex = index;
    this.text = '';
    this.image = undefined;
    this.enterStep(0);
  }

  private enterStep(index: number): void {
    // Zero-length steps (hold markers) are taken in a loop, not by recursion per step.
    for (let stepIndex = index; ; stepIndex++) {
      const segment = this.segment;
      if (!segment) return this.finish();
      const step = segment.steps[stepIndex];
      if (!step) return this.enterSegment(this.segmentIndex + 1);
      this.stepIndex = stepIndex;
      this.stepStartMs = this.clock.nowMs();
      this.waitingForVoice = false;
      this.stepMs = step.seconds * 1000;
      if ((step.kind === 'say' || step.kind === 'hold') && step.image) {
        this.image = { url: step.image, alt: step.imageAlt ?? '' };
      }
      switch (step.kind) {
        case 'hold':
          this.hold = { startMs: this.stepStartMs, totalSeconds: step.seconds, label: step.label };
          continue;
        case 'say':
          this.text = step.text;
          if (this.speaker.voiced) this.speakStep(step.text, step.seconds);
          else this.stepMs = Math.max(step.seconds, MIN_TEXT_SECONDS) * 1000;
          break;
        case 'chime':
          playChime();
          break;
        case 'pause':
          break;
      }
      this.render();
      return;
    }
  }

  private speakStep(text: string, seconds: number): void {
    this.waitingForVoice = true;
    this.stepMs = (seconds + SPEECH_GRACE_SECONDS) * 1000;
    const segmentAtStart = this.segmentIndex;
    const stepAtStart = this.stepIndex;
    this.speaker.speak(text, this.plan.speechRate, () => {
      if (this.stopped || this.paused) return;
      if (this.segmentIndex === segmentAtStart && this.stepIndex === stepAtStart) this.enterStep(stepAtStart + 1);
    });
  }

  private tick(): void {
    if (this.stopped || this.paused) return;
    if (this.clock.nowMs() - this.stepStartMs >= this.stepMs) {
      this.enterStep(this.stepIndex + 1);
      return;
    }
    this.render();
  }

  private finish(): void {
    this.stop();
    this.callbacks.finished();
  }

  private render(): void {
    const segment = this.segment;
    if (!segment || this.stopped) return;
    const now = this.clock.nowMs();
    const step = this.step;
    const stepSeconds = step && step.kind !== 'hold' ? step.seconds : 0;
    const stepShare = Math.min((now - this.stepStartMs) / 1000, stepSeconds);
    const plannedBefore = segment.steps
      .slice(0, this.stepIndex)
      .reduce((sum, s) => sum + (s.kind === 'hold' ? 0 : s.seconds), 0);
    const view: SessionView = {
      segment,
      segmentIndex: this.segmentIndex,
      segmentCount: this.plan.segments.length,
      text: this.text,
      image: this.image ?? { url: segment.illustration, alt: segment.illustrationAlt },
      progress: segment.durationSeconds > 0 ? Math.min(1, (plannedBefore + stepShare) / segment.durationSeconds) : 0,
      paused: this.paused,
    };
    if (this.hold) {
      const leftMs = this.hold.totalSeconds * 1000 - (now - this.hold.startMs);
      if (leftMs > 0) {
        view.hold = { secondsLeft: Math.ceil(leftMs / 1000), totalSeconds: this.hold.totalSeconds, label: this.hold.label };
      } else {
        this.hold = undefined;
      }
    }
    this.callbacks.render(view);
  }
}
