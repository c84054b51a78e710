/**
 * The browser player (progressive enhancement). Without JavaScript the page reads fully and
 * the player section stays hidden. With it: choose hold length and pace, start, confirm the
 * safety notice, then follow the session with voice (when available), text, a countdown
 * during holds, and Pause/Resume, Previous, Next, Stop (buttons and keys K/Space, N, P).
 */
import type { SessionPlan } from '../plan-types';
import { GuidedSession, type SessionView } from './session';
import { createSpeaker, type Speaker } from './speech';
import { unlockChime } from './chime';

interface PlayerElements {
  root: HTMLElement;
  options: HTMLElement;
  hold: HTMLSelectElement;
  pace: HTMLSelectElement;
  start: HTMLButtonElement;
  safety: HTMLElement;
  safetyText: HTMLElement;
  confirm: HTMLButtonElement;
  cancel: HTMLButtonElement;
  session: HTMLElement;
  image: HTMLImageElement;
  part: HTMLElement;
  text: HTMLElement;
  countdown: HTMLElement;
  seconds: HTMLElement;
  countdownLabel: HTMLElement;
  progress: HTMLElement;
  previous: HTMLButtonElement;
  pause: HTMLButtonElement;
  next: HTMLButtonElement;
  stop: HTMLButtonElement;
  status: HTMLElement;
}

function find<T extends HTMLElement>(root: HTMLElement, id: string, type: { new (): T }): T {
  const element = root.querySelector(`#${id}`);
  if (!(element instanceof type)) throw new Error(`player markup is missing #${id}`);
  return element;
}

function elementsOf(root: HTMLElement): PlayerElements {
  return {
    root,
    options: find(root, 'player-options', HTMLElement),
    hold: find(root, 'player-hold', HTMLSelectElement),
    pace: find(root, 'player-pace', HTMLSelectElement),
    start: find(root, 'player-start', HTMLButtonElement),
    safety: find(root, 'player-safety', HTMLElement),
    safetyText: find(root, 'player-safety-text', HTMLElement),
    confirm: find(root, 'player-confirm', HTMLButtonElement),
    cancel: find(root, 'player-cancel', HTMLButtonElement),
    session: find(root, 'player-session', HTMLElement),
    image: find(root, 'player-image', HTMLImageElement),
    part: find(root, 'player-part', HTMLElement),
    text: find(root, 'player-text', HTMLElement),
    countdown: find(root, 'player-countdown', HTMLElement),
    seconds: find(root, 'player-seconds', HTMLElement),
    countdownLabel: find(root, 'player-countdown-label', HTMLElement),
    progress: find(root, 'player-progress', HTMLElement),
    previous: find(root, 'player-previous', HTMLButtonElement),
    pause: find(root, 'player-pause', HTMLButtonElement),
    next: find(root, 'player-next', HTMLButtonElement),
    stop: find(root, 'player-stop', HTMLButtonElement),
    status: find(root, 'player-status', HTMLElement),
  };
}

/** Sets text only when it changed, so live regions announce changes and nothing else. */
function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

class Player {
  private session: GuidedSession | undefined;
  private plan: SessionPlan | undefined;
  private speaker: Promise<Speaker> | undefined;
  private wakeLock: WakeLockSentinel | undefined;

  constructor(private readonly ui: PlayerElements) {}

  install(): void {
    const { ui } = this;
    ui.root.hidden = false;
    ui.start.addEventListener('click', () => void this.prepare());
    ui.confirm.addEventListener('click', () => void this.begin());
    ui.cancel.addEventListener('click', () => this.showOptions('No problem. Start whenever you are ready.'));
    ui.pause.addEventListener('click', () => this.session?.togglePause());
    ui.next.addEventListener('click', () => this.session?.next());
    ui.previous.addEventListener('click', () => this.session?.previous());
    ui.stop.addEventListener('click', () => this.end('Session stopped. Well done for the time you gave it.'));
    document.addEventListener('keydown', (event) => this.onKey(event));
  }

  private planUrl(): string {
    const { root, hold, pace } = this.ui;
    const kind = root.dataset.planKind ?? 'stretch';
    const id = root.dataset.planId ?? '';
    const query = new URLSearchParams({ hold: hold.value, pace: pace.value });
    return `/api/plan/${encodeURIComponent(kind)}/${encodeURIComponent(id)}?${query.toString()}`;
  }

  /** Fetches the plan, then asks for the safety confirmation. */
  private async prepare(): Promise<void> {
    const { ui } = this;
    ui.start.disabled = true;
    setText(ui.status, 'Getting your session ready…');
    // Look for a voice while the plan loads.
    this.speaker ??= createSpeaker();
    try {
      const response = await fetch(this.planUrl(), { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(`plan request failed with ${response.status}`);
      this.plan = (await response.json()) as SessionPlan;
    } catch {
      ui.start.disabled = false;
      setText(ui.status, 'The session could not be loaded. Check your connection and try again.');
      return;
    }
    setText(ui.safetyText, this.plan.safetyLine);
    setText(ui.status, '');
    ui.options.hidden = true;
    ui.safety.hidden = false;
    ui.confirm.focus();
  }

  private async begin(): Promise<void> {
    const { ui, plan } = this;
    if (!plan) return;
    unlockChime();
    const speaker = await (this.speaker ?? createSpeaker());
    ui.safety.hidden = true;
    ui.session.hidden = false;
    setText(
      ui.status,
      speaker.voiced
        ? 'Session started. Turn your sound up to hear the cues.'
        : 'Session started. Your browser has no voice available, so follow the words on screen.',
    );
    this.session = new GuidedSession(plan, speaker, {
      render: (view) => this.render(view),
      finished: () => this.end('All done. Nice work. Take a moment before you get up.'),
    });
    this.session.start();
    ui.pause.focus();
    void this.keepScreenOn();
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
      ui.image.hidden = false;
    }
    setText(ui.part, `${view.segment.title} · part ${view.segmentIndex + 1} of ${view.segmentCount}`);
    setText(ui.text, view.text);
    if (view.hold) {
      ui.countdown.hidden = false;
      setText(ui.seconds, String(view.hold.secondsLeft));
      setText(ui.countdownLabel, `${view.hold.secondsLeft === 1 ? 'second' : 'seconds'} left · ${view.hold.label}`);
    } else {
      ui.countdown.hidden = true;
    }
    ui.progress.style.width = `${Math.round(view.progress * 100)}%`;
    setText(ui.pause, view.paused ? 'Resume' : 'Pause');
    ui.pause.setAttribute('aria-pressed', String(view.paused));
    ui.previous.disabled = false;
    ui.next.disabled = false;
    ui.root.classList.toggle('is-paused', view.paused);
  }

  private end(message: string): void {
    this.letScreenSleep();
    this.session?.stop();
    this.session = undefined;
    this.showOptions(message);
  }

  private showOptions(message: string): void {
    const { ui } = this;
    ui.session.hidden = true;
    ui.safety.hidden = true;
    ui.options.hidden = false;
    ui.start.disabled = false;
    setText(ui.status, message);
    ui.start.focus();
  }

  private onKey(event: KeyboardEvent): void {
    const session = this.session;
    if (!session || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target;
    const inField = target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
    if (inField) return;
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
  new Player(elementsOf(root)).install();
}

installPlayer();
