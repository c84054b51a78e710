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
  hold?: { secondsLeft: number; exactSecondsLeft: number; totalSeconds: number; label: string };
  /** 0..1 through the current segment, by planned time. */
  progress: number;
  /** Planned seconds left in the whole session, from here. */
  sessionSecondsLeft: number;
  /** The next part's title, when there is one. */
  upNext?: string;
  paused: boolean;
}

export interface SessionCallbacks {
  render(view: SessionView): void;
  finished(): void;
  /** A new part began (also on resume): where to pick up after a reload. */
  enteredSegment?(index: number): void;
}

/**
 * A hold being counted down. It runs alongside the pauses and cues that fill it; each
 * cue's planned offset from the hold's start ties the countdown to the voice: when a cue
 * starts being spoken (the speech start event), the countdown is set to what the plan
 * says is left at that cue, and a pause after a cue ends when the plan says the next cue
 * is due, so a fast or slow voice neither shortens the hold nor lets cue and count drift.
 */
interface RunningHold {
  startMs: number;
  totalSeconds: number;
  label: string;
  /** Planned seconds from the hold's start to the start of each step inside it, by step index. */
  startOffsets: Map<number, number>;
  /** Planned seconds from the hold's start to the end of each step inside it. */
  endOffsets: Map<number, number>;
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
  private hold: RunningHold | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly plan: SessionPlan,
    private readonly speaker: Speaker,
    private readonly callbacks: SessionCallbacks,
  ) {}

  /** Starts at the first part, or at `segmentIndex` to pick up where a person stopped. */
  start(segmentIndex = 0): void {
    this.clock.run();
    this.timer = setInterval(() => this.tick(), TICK_MS);
    this.enterSegment(Math.min(Math.max(0, segmentIndex), this.plan.segments.length - 1));
  }

  /** The part being played now (0-based). */
  get currentSegment(): number {
    return this.segmentIndex;
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
    this.callbacks.enteredSegment?.(index);
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
          this.hold = this.holdFrom(stepIndex, step.seconds, step.label);
          continue;
        case 'say':
          this.text = step.text;
          if (this.speaker.voiced) this.speakStep(step.text, step.seconds);
          else {
            this.stepMs = Math.max(step.seconds, MIN_TEXT_SECONDS) * 1000;
            this.alignHoldTo(stepIndex);
          }
          break;
        case 'chime':
          playChime();
          break;
        case 'pause': {
          // Inside a hold a pause lasts until the next cue is due by the plan.
          const end = this.hold?.endOffsets.get(stepIndex);
          if (this.hold && end !== undefined) this.stepMs = Math.max(0, this.hold.startMs + end * 1000 - this.stepStartMs);
          break;
        }
      }
      this.render();
      return;
    }
  }

  /** The planned start and end of every step that falls inside a hold starting at `holdIndex`. */
  private holdFrom(holdIndex: number, totalSeconds: number, label: string): RunningHold {
    const startOffsets = new Map<number, number>();
    const endOffsets = new Map<number, number>();
    const steps = this.segment?.steps ?? [];
    let offset = 0;
    for (let i = holdIndex + 1; i < steps.length && offset < totalSeconds + 0.05; i++) {
      const step = steps[i];
      if (!step || step.kind === 'hold') break;
      startOffsets.set(i, offset);
      offset += step.seconds;
      endOffsets.set(i, offset);
    }
    return { startMs: this.stepStartMs, totalSeconds, label, startOffsets, endOffsets };
  }

  /** A cue inside a hold is starting now: set the countdown to what the plan has left at it. */
  private alignHoldTo(stepIndex: number): void {
    const offset = this.hold?.startOffsets.get(stepIndex);
    if (this.hold && offset !== undefined) this.hold.startMs = this.clock.nowMs() - offset * 1000;
  }

  private speakStep(text: string, seconds: number): void {
    this.waitingForVoice = true;
    this.stepMs = (seconds + SPEECH_GRACE_SECONDS) * 1000;
    const segmentAtStart = this.segmentIndex;
    const stepAtStart = this.stepIndex;
    const current = () => !this.stopped && !this.paused && this.segmentIndex === segmentAtStart && this.stepIndex === stepAtStart;
    this.speaker.speak(
      text,
      this.plan.speechRate,
      () => {
        if (current()) this.enterStep(stepAtStart + 1);
      },
      () => {
        if (!current()) return;
        this.alignHoldTo(stepAtStart);
        this.render();
      },
    );
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
    const doneInSegment = Math.min(segment.durationSeconds, plannedBefore + stepShare);
    const later = this.plan.segments.slice(this.segmentIndex + 1);
    const next = later[0];
    const view: SessionView = {
      segment,
      segmentIndex: this.segmentIndex,
      segmentCount: this.plan.segments.length,
      text: this.text,
      image: this.image ?? { url: segment.illustration, alt: segment.illustrationAlt },
      progress: segment.durationSeconds > 0 ? doneInSegment / segment.durationSeconds : 0,
      sessionSecondsLeft: Math.max(0, segment.durationSeconds - doneInSegment) + later.reduce((sum, s) => sum + s.durationSeconds, 0),
      ...(next ? { upNext: next.title } : {}),
      paused: this.paused,
    };
    if (this.hold) {
      const leftMs = this.hold.totalSeconds * 1000 - (now - this.hold.startMs);
      if (leftMs > 0) {
        view.hold = {
          secondsLeft: Math.ceil(leftMs / 1000),
          exactSecondsLeft: leftMs / 1000,
          totalSeconds: this.hold.totalSeconds,
          label: this.hold.label,
        };
      } else {
        this.hold = undefined;
      }
    }
    this.callbacks.render(view);
  }
}
