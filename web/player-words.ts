/**
 * The words the browser player shows while it runs, as JSON the page embeds in the player's
 * markup (`<section id="player" data-words="{…}">`: data, not an inline script, so the CSP stays
 * self-only), so the player script holds no words of its own. Changing parts are placeholders the script fills: {title}, {part}, {count},
 * {seconds}, {minutes}, {label}. web/client/player.ts imports only the type.
 */
import type { PageTexts } from '../skill/text/page-locale';

export interface PlayerWords {
  /** "{title} · part {part} of {count}". */
  partOf: string;
  /** "{seconds} s left", used under a minute; else "About {minutes} min left". */
  secondsLeft: string;
  minutesLeft: string;
  /** "Up next: {title}", or the last part's note. */
  upNext: string;
  lastPart: string;
  /** "Stopped at part {part} of {count}. …" */
  stoppedAt: string;
  /** "You stopped at part {part} of {count}: {title}." */
  resumeOffer: string;
  /** Beside the countdown: one second left, or more ("{label}" is what is held). */
  countdownOne: string;
  countdownMany: string;
  pause: string;
  resume: string;
  noProblem: string;
  gettingReady: string;
  loadFailed: string;
  startedWithVoice: string;
  started: string;
  allDone: string;
  stoppedForSafety: string;
}

export function playerWords(texts: PageTexts): PlayerWords {
  const player = texts.player;
  const section = texts.web.playerSection;
  return {
    partOf: player.partOf('{title}', '{part}', '{count}'),
    secondsLeft: player.secondsLeft('{seconds}'),
    minutesLeft: player.minutesLeft('{minutes}'),
    upNext: player.upNext('{title}'),
    lastPart: player.LAST_PART,
    stoppedAt: player.stoppedAt('{part}', '{count}'),
    resumeOffer: player.resumeOffer('{part}', '{count}', '{title}'),
    countdownOne: section.countdownLabel(1, '{label}'),
    countdownMany: section.countdownLabel(2, '{label}'),
    pause: section.PAUSE,
    resume: section.RESUME,
    noProblem: section.NO_PROBLEM,
    gettingReady: section.GETTING_READY,
    loadFailed: section.LOAD_FAILED,
    startedWithVoice: section.STARTED_WITH_VOICE,
    started: section.STARTED,
    allDone: section.ALL_DONE,
    stoppedForSafety: player.STOPPED_FOR_SAFETY,
  };
}

/** The JSON for the page's data-words attribute (the page escapes it as any attribute). */
export function playerWordsJson(texts: PageTexts): string {
  return JSON.stringify(playerWords(texts));
}
