/**
 * The browser player (progressive enhancement). Without JavaScript the page reads fully and
 * the player section stays hidden. With it: choose hold length and pace, start, confirm the
 * safety notice, then follow the session in a focused full-screen view: voice (when
 * available), the words, the drawing of the side and position being talked about, a
 * countdown during holds, time left and up next, and a fixed control bar (Previous, Pause,
 * Next, Stop, This hurts). Keys (K/Space, N, P, Esc) work only while the player has focus.
 * Stop keeps the place (in localStorage), so a reload or a later visit can resume it.
 */
import type { SessionPlan } from '../plan-types';
import { GuidedSession, type SessionCallbacks, type SessionView } from './session';
import { StreamSession, streamMatchesPlan, type PlayerSession } from './stream-session';
import { StreamPlayer } from './stream';
import type { StreamPlanJson } from '../routes/stream-api';
import { createSpeaker, type Speaker } from './speech';
import { unlockChime } from './chime';
import { clearPlace, loadPlace, savePlace, type SavedPlace } from './place';
import type { PlayerWords } from '../player-words';

interface PlayerElements {
  root: HTMLElement;
  resume: HTMLElement;
  resumeText: HTMLElement;
  resumeButton: HTMLButtonElement;
  restart: HTMLButtonElement;
  options: HTMLElement;
  hold: HTMLSelectElement | undefined;
  pace: HTMLSelectElement;
  start: HTMLButtonElement;
  safety: HTMLElement;
  safetyText: HTMLElement;
  confirm: HTMLButtonElement;
  cancel: HTMLButtonElement;
  session: HTMLElement;
  exit: HTMLButtonElement;
  voiceNote: HTMLElement;
  image: HTMLImageElement;
  part: HTMLElement;
  time: HTMLElement;
  text: HTMLElement;
  countdown: HTMLElement;
  seconds: HTMLElement;
  countdownLabel: HTMLElement;
  progress: HTMLElement;
  upNext: HTMLElement;
  previous: HTMLButtonElement;
  pause: HTMLButtonElement;
  next: HTMLButtonElement;
  stop: HTMLButtonElement;
  hurt: HTMLButtonElement;
  hurts: HTMLElement;
  hurtsChoices: HTMLElement;
  hurtsBack: HTMLButtonElement;
  status: HTMLElement;
  /** Absent in markup from before the stream: the session then speaks with speechSynthesis. */
  audio: HTMLAudioElement | undefined;
}

function find<T extends HTMLElement>(root: HTMLElement, id: string, type: { new (): T }): T {
  const element = root.querySelector(`#${id}`);
  if (!(element instanceof type)) throw new Error(`player markup is missing #${id}`);
  return element;
}

function elementsOf(root: HTMLElement): PlayerElements {
  const hold = root.querySelector('#player-hold');
  const audio = root.querySelector('#player-audio');
  return {
    root,
    resume: find(root, 'player-resume', HTMLElement),
    resumeText: find(root, 'player-resume-text', HTMLElement),
    resumeButton: find(root, 'player-resume-button', HTMLButtonElement),
    restart: find(root, 'player-restart', HTMLButtonElement),
    options: find(root, 'player-options', HTMLElement),
    // Absent when the hold length cannot change anything for this stretch.
    hold: hold instanceof HTMLSelectElement ? hold : undefined,
    pace: find(root, 'player-pace', HTMLSelectElement),
    start: find(root, 'player-start', HTMLButtonElement),
    safety: find(root, 'player-safety', HTMLElement),
    safetyText: find(root, 'player-safety-text', HTMLElement),
    confirm: find(root, 'player-confirm', HTMLButtonElement),
    cancel: find(root, 'player-cancel', HTMLButtonElement),
    session: find(root, 'player-session', HTMLElement),
    exit: find(root, 'player-exit', HTMLButtonElement),
    voiceNote: find(root, 'player-voice-note', HTMLElement),
    image: find(root, 'player-image', HTMLImageElement),
    part: find(root, 'player-part', HTMLElement),
    time: find(root, 'player-time', HTMLElement),
    text: find(root, 'player-text', HTMLElement),
    countdown: find(root, 'player-countdown', HTMLElement),
    seconds: find(root, 'player-seconds', HTMLElement),
    countdownLabel: find(root, 'player-countdown-label', HTMLElement),
    progress: find(root, 'player-progress', HTMLElement),
    upNext: find(root, 'player-next-up', HTMLElement),
    previous: find(root, 'player-previous', HTMLButtonElement),
    pause: find(root, 'player-pause', HTMLButtonElement),
    next: find(root, 'player-next', HTMLButtonElement),
    stop: find(root, 'player-stop', HTMLButtonElement),
    hurt: find(root, 'player-hurt', HTMLButtonElement),
    hurts: find(root, 'player-hurts', HTMLElement),
    hurtsChoices: find(root, 'player-hurts-choices', HTMLElement),
    hurtsBack: find(root, 'player-hurts-back', HTMLButtonElement),
    status: find(root, 'player-status', HTMLElement),
    audio: audio instanceof HTMLAudioElement ? audio : undefined,
  };
}

/** How long starting a session waits for the stream's answer before speaking with the browser's voice. */
const STREAM_WAIT_MS = 3000;

/** The value of `promise` if it settles within `ms`, else undefined. */
function within<T>(promise: Promise<T | undefined>, ms: number): Promise<T | undefined> {
  return Promise.race([promise, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms))]);
}

/** The player's words, embedded by the page as JSON (web/player-words.ts): the script holds none. */
function readWords(root: HTMLElement): PlayerWords {
  return JSON.parse(root.dataset.words ?? '{}') as PlayerWords;
}

/** A word template with its {placeholders} filled in. */
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{([a-z]+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

/** "45 s left" under a minute, else "About 12 min left". */
function timeLeft(words: PlayerWords, seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return s < 60 ? fill(words.secondsLeft, { seconds: s }) : fill(words.minutesLeft, { minutes: Math.round(s / 60) });
}

/** Sets text only when it changed, so live regions announce changes and nothing else. */
function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

class Player {
  private session: PlayerSession | undefined;
  private plan: SessionPlan | undefined;
  /** The hands-free stream for these choices, when the site has its audio (asked for with the plan). */
  private stream: Promise<StreamPlanJson | undefined> = Promise.resolve(undefined);
  private speaker: Promise<Speaker> | undefined;
  private wakeLock: WakeLockSentinel | undefined;
  /** Where to start the next session: a saved place being resumed, else the beginning. */
  private startAt = 0;

  constructor(
    private readonly ui: PlayerElements,
    private readonly words: PlayerWords,
  ) {}

  private get kind(): string {
    return this.ui.root.dataset.planKind ?? 'stretch';
  }

  private get id(): string {
    return this.ui.root.dataset.planId ?? '';
  }

  install(): void {
    const { ui } = this;
    ui.root.hidden = false;
    ui.start.addEventListener('click', () => void this.prepare(0));
    ui.resumeButton.addEventListener('click', () => {
      const place = loadPlace(this.kind, this.id);
      if (place) {
        if (ui.hold && [...ui.hold.options].some((o) => o.value === place.hold)) ui.hold.value = place.hold;
        ui.pace.value = place.pace;
      }
      void this.prepare(place?.segmentIndex ?? 0);
    });
    ui.restart.addEventListener('click', () => {
      clearPlace(this.kind, this.id);
      this.showResumeOffer();
      void this.prepare(0);
    });
    ui.confirm.addEventListener('click', () => void this.begin());
    ui.cancel.addEventListener('click', () => this.showOptions(this.words.noProblem));
    ui.pause.addEventListener('click', () => this.session?.togglePause());
    ui.next.addEventListener('click', () => this.session?.next());
    ui.previous.addEventListener('click', () => this.session?.previous());
    ui.stop.addEventListener('click', () => this.stopKeepingPlace());
    ui.exit.addEventListener('click', () => this.stopKeepingPlace());
    ui.hurt.addEventListener('click', () => this.openHurts());
    ui.hurtsBack.addEventListener('click', () => this.closeHurts(true));
    for (const button of ui.hurts.querySelectorAll<HTMLButtonElement>('.hurt-choice')) {
      button.addEventListener('click', () => this.chooseHurt(button.dataset.flag ?? '', button.dataset.urgency ?? ''));
    }
    for (const button of ui.hurts.querySelectorAll<HTMLButtonElement>('[data-hurt-action]')) {
      button.addEventListener('click', () => this.hurtAction(button.dataset.hurtAction ?? ''));
    }
    // Shortcuts only while the player has focus (WCAG 2.1.4), never page-wide.
    ui.session.addEventListener('keydown', (event) => this.onKey(event));
    this.showResumeOffer();
  }

  /** Offers to pick up a saved place, if this page has one. */
  private showResumeOffer(): void {
    const place = loadPlace(this.kind, this.id);
    const { ui } = this;
    ui.resume.hidden = !place;
    if (place) {
      setText(ui.resumeText, fill(this.words.resumeOffer, { part: place.segmentIndex + 1, count: place.segmentCount, title: place.title }));
    }
  }

  private planUrl(): string {
    const { hold, pace } = this.ui;
    const query = new URLSearchParams({ hold: hold?.value ?? 'standard', pace: pace.value });
    return `/api/plan/${encodeURIComponent(this.kind)}/${encodeURIComponent(this.id)}?${query.toString()}`;
  }

  /** The same choices as the plan, for the hands-free stream (/api/stream, absent where the site has no audio). */
  private streamUrl(): string {
    return this.planUrl().replace('/api/plan/', '/api/stream/');
  }

  /** The stream, when the site has it and the audio element is there; undefined means speak. */
  private requestStream(): Promise<StreamPlanJson | undefined> {
    if (!this.ui.audio || typeof this.ui.audio.canPlayType !== 'function' || this.ui.audio.canPlayType('audio/mpeg') === '') {
      return Promise.resolve(undefined);
    }
    return StreamPlayer.fetch(this.streamUrl()).catch(() => undefined);
  }

  /** Fetches the plan, then asks for the safety confirmation. */
  private async prepare(segmentIndex: number): Promise<void> {
    const { ui } = this;
    this.startAt = segmentIndex;
    ui.start.disabled = true;
    ui.resumeButton.disabled = true;
    setText(ui.status, this.words.gettingReady);
    // Look for a voice, and ask for the stream, while the plan loads.
    this.speaker ??= createSpeaker();
    this.stream = this.requestStream();
    try {
      const response = await fetch(this.planUrl(), { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(`plan request failed with ${response.status}`);
      this.plan = (await response.json()) as SessionPlan;
    } catch {
      ui.start.disabled = false;
      ui.resumeButton.disabled = false;
      setText(ui.status, this.words.loadFailed);
      return;
    }
    setText(ui.safetyText, this.plan.safetyLine);
    setText(ui.status, '');
    ui.options.hidden = true;
    ui.resume.hidden = true;
    ui.safety.hidden = false;
    ui.confirm.focus();
  }

  private async begin(): Promise<void> {
    const { ui, plan } = this;
    if (!plan) return;
    unlockChime();
    const available = await within(this.stream, STREAM_WAIT_MS);
    const stream = available && ui.audio && streamMatchesPlan(available, plan) ? available : undefined;
    const speaker = await (this.speaker ?? createSpeaker());
    const voiced = stream !== undefined || speaker.voiced;
    ui.safety.hidden = true;
    ui.session.hidden = false;
    this.enterFocusMode();
    // The no-voice notice sits at the top of the focused view, where it is seen.
    ui.voiceNote.hidden = voiced;
    setText(ui.status, voiced ? this.words.startedWithVoice : this.words.started);
    const callbacks: SessionCallbacks = {
      render: (view) => this.render(view),
      finished: () => {
        clearPlace(this.kind, this.id);
        this.end(this.words.allDone);
      },
      enteredSegment: (index) => this.remember(index),
    };
    this.session = stream && ui.audio ? new StreamSession(plan, stream, ui.audio, callbacks) : new GuidedSession(plan, speaker, callbacks);
    this.session.start(this.startAt);
    ui.pause.focus();
    void this.keepScreenOn();
  }

  private remember(segmentIndex: number): void {
    const plan = this.plan;
    const segment = plan?.segments[segmentIndex];
    if (!plan || !segment) return;
    const place: SavedPlace = {
      segmentIndex,
      segmentCount: plan.segments.length,
      title: segment.title,
      hold: plan.holdLength,
      pace: plan.pace,
      savedAt: Date.now(),
    };
    savePlace(this.kind, this.id, place);
  }

  /** Everything made inert while the session fills the screen, to give back on leaving. */
  private inerted: HTMLElement[] = [];

  private enterFocusMode(): void {
    this.ui.root.classList.add('is-active');
    document.documentElement.classList.add('player-open');
    // The rest of the page sits behind the session: out of reach of Tab and screen readers.
    this.inerted = [];
    for (let node: HTMLElement | null = this.ui.session; node && node !== document.body; node = node.parentElement) {
      for (const sibling of node.parentElement?.children ?? []) {
        if (sibling !== node && sibling instanceof HTMLElement && !sibling.inert) {
          sibling.inert = true;
          this.inerted.push(sibling);
        }
      }
    }
  }

  private leaveFocusMode(): void {
    this.ui.root.classList.remove('is-active');
    document.documentElement.classList.remove('player-open');
    for (const element of this.inerted) element.inert = false;
    this.inerted = [];
  }

  /** Keeps the screen awake during a session where the browser allows it; fine if not. */
  private async keepScreenOn(): Promise<void> {
    try {
      this.wakeLock = await navigator.wakeLock?.request('screen');
    } catch {
      this.wakeLock = undefined;
    }
  }

  private letScreenSleep(): void {
    this.wakeLock?.release().catch(() => undefined);
    this.wakeLock = undefined;
  }

  private render(view: SessionView): void {
    const { ui } = this;
    const imageUrl = new URL(view.image.url, window.location.href).href;
    if (ui.image.src !== imageUrl) {
      ui.image.src = imageUrl;
      ui.image.alt = view.image.alt;
    }
    const { words } = this;
    setText(ui.part, fill(words.partOf, { title: view.segment.title, part: view.segmentIndex + 1, count: view.segmentCount }));
    setText(ui.time, timeLeft(words, view.sessionSecondsLeft));
    setText(ui.text, view.text);
    if (view.hold) {
      ui.countdown.classList.remove('is-idle');
      setText(ui.seconds, String(view.hold.secondsLeft));
      // The unrounded value and when it was read, for checking the countdown against the voice.
      ui.countdown.dataset.left = view.hold.exactSecondsLeft.toFixed(3);
      ui.countdown.dataset.at = performance.now().toFixed(1);
      setText(ui.countdownLabel, fill(view.hold.secondsLeft === 1 ? words.countdownOne : words.countdownMany, { label: view.hold.label }));
    } else {
      // The countdown keeps its space when idle, so nothing below it moves.
      ui.countdown.classList.add('is-idle');
    }
    ui.progress.style.width = `${Math.round(view.progress * 100)}%`;
    setText(ui.upNext, view.upNext ? fill(words.upNext, { title: view.upNext }) : words.lastPart);
    setText(ui.pause, view.paused ? words.resume : words.pause);
    ui.pause.setAttribute('aria-pressed', String(view.paused));
    ui.root.classList.toggle('is-paused', view.paused);
  }

  /** Stop: the place is kept, so nothing is lost and the page offers to resume. */
  private stopKeepingPlace(): void {
    const session = this.session;
    const plan = this.plan;
    if (!session || !plan) return;
    this.remember(session.currentSegment);
    this.end(fill(this.words.stoppedAt, { part: session.currentSegment + 1, count: plan.segments.length }));
  }

  private end(message: string): void {
    this.letScreenSleep();
    this.session?.stop();
    this.session = undefined;
    this.closeHurts(false);
    this.leaveFocusMode();
    this.showOptions(message);
  }

  private showOptions(message: string): void {
    const { ui } = this;
    ui.session.hidden = true;
    ui.safety.hidden = true;
    ui.options.hidden = false;
    ui.start.disabled = false;
    ui.resumeButton.disabled = false;
    this.showResumeOffer();
    setText(ui.status, message);
    (ui.resume.hidden ? ui.start : ui.resumeButton).focus();
  }

  // ---------- "This hurts": the voice's triage, on screen ----------

  private openHurts(): void {
    const { ui, session } = this;
    if (!session) return;
    session.pause();
    ui.hurts.hidden = false;
    ui.hurtsChoices.hidden = false;
    for (const advice of ui.hurts.querySelectorAll<HTMLElement>('[data-advice-for]')) advice.hidden = true;
    ui.root.classList.add('is-hurting');
    ui.hurts.querySelector<HTMLButtonElement>('.hurt-choice')?.focus();
  }

  private closeHurts(resume: boolean): void {
    const { ui } = this;
    ui.hurts.hidden = true;
    ui.root.classList.remove('is-hurting');
    if (resume && this.session) {
      this.session.resume();
      ui.pause.focus();
    }
  }

  private chooseHurt(flag: string, urgency: string): void {
    const { ui } = this;
    ui.hurtsChoices.hidden = true;
    let shown: HTMLElement | undefined;
    for (const advice of ui.hurts.querySelectorAll<HTMLElement>('[data-advice-for]')) {
      advice.hidden = advice.dataset.adviceFor !== flag;
      if (!advice.hidden) shown = advice;
    }
    // Urgent and soon: the session ends at once (as the voice does); the advice stays on screen.
    if (urgency !== 'stop-stretch') {
      this.letScreenSleep();
      this.session?.stop();
      clearPlace(this.kind, this.id);
    }
    shown?.querySelector<HTMLButtonElement>('button')?.focus();
  }

  private hurtAction(action: string): void {
    const session = this.session;
    if (action === 'end') {
      this.session = undefined;
      this.closeHurts(false);
      this.leaveFocusMode();
      this.showOptions(this.words.stoppedForSafety);
      return;
    }
    if (!session) return;
    if (action === 'skip') {
      this.closeHurts(false);
      session.next();
      this.ui.pause.focus();
    } else if (action === 'carry-on') {
      this.closeHurts(true);
    } else if (action === 'stop') {
      this.closeHurts(false);
      this.stopKeepingPlace();
    }
  }

  private onKey(event: KeyboardEvent): void {
    const session = this.session;
    if (!session || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      // With "This hurts" open, Esc goes back from the choices; advice waits for a choice.
      if (this.ui.hurts.hidden) this.stopKeepingPlace();
      else if (!this.ui.hurtsChoices.hidden) this.closeHurts(true);
      return;
    }
    if (!this.ui.hurts.hidden) return;
    const target = event.target;
    const onButtonOrLink = target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement;
    const key = event.key.toLowerCase();
    if (key === 'k' || (key === ' ' && !onButtonOrLink)) {
      event.preventDefault();
      session.togglePause();
    } else if (key === 'n') {
      session.next();
    } else if (key === 'p') {
      session.previous();
    }
  }
}

function installPlayer(): void {
  const root = document.getElementById('player');
  if (!root) return;
  new Player(elementsOf(root), readWords(root)).install();
}

installPlayer();
