/**
 * Echo Show: an APL document with the stretch, the current step, and a countdown for every
 * hold of the response.
 *
 * - APL Image draws bitmaps (PNG/JPG) only, so the screen shows the companion page's PNG
 *   copy of the drawing (`imageFor`, 1200x800); without one the screen shows the text alone.
 * - APL TimeText is not supported on Echo Show: the countdown is a Text bound to `remaining`,
 *   which SetValue commands set once a second.
 * - The screen speaks the narration itself where it can (`speakingScreenDirectives`, the
 *   default; apl-speech.ts has the sequence and the platform facts it relies on, with their
 *   sources): the speech cut at the holds, each piece spoken by SpeakItem in turn from an
 *   ExecuteCommands directive, each countdown started right after the piece ending with
 *   "Hold." and set to "Release" when the hold's speech has ended, then a SendEvent whose
 *   UserEvent gets the closing prompt (handlers/screen-spoken.ts). The countdown follows the
 *   voice, whatever voice the device has: no estimate decides when it starts.
 * - Otherwise (no hold, an <audio> chime in the speech, speech too long, SCREEN_SPEAKS=0) the
 *   voice speaks outputSpeech and the document times itself from onMount on the estimate:
 *   each countdown starts when "Hold" has been said by `holdStarts`
 *   (skill/narration/countdown.ts), the first after the estimated speech before it, each later
 *   one at the end of the hold before it plus only the speech in between, from the speech-time
 *   model that `npm run bench:timing` fits to measured audio.
 * - The drawing is the one being done: the segment's side ("-left") and version (the chair
 *   twist). For a moving stretch (cat-cow, pelvic tilts) it switches between the pose
 *   drawings when the lines tagged with the other pose are spoken: a SetValue on the bound
 *   `drawing` (the Image's source), timed on the estimated speech since the start of the
 *   piece that says the line (the speaking screen) or of the response (the estimate-timed one).
 * - "Pause" and "help" freeze it (ExecuteCommands sets `frozen`, and the screen shows
 *   "Paused"; on the speaking screen the interruption also stops the sequence).
 * - The document's version is the lower of ours and the device's `maxVersion`; it uses only
 *   what APL 1.1 already had (SpeakItem, Parallel, Sequential, SendEvent, SetValue, the
 *   ssmlToSpeech transformer, onMount, viewport conditions). Layouts: round (Echo Spot), small
 *   landscape (Echo Show 5) and larger hubs (Echo Show 8, 10, 15), chosen on the device by
 *   `viewport` conditions.
 */
import type { interfaces } from 'ask-sdk-model';
import { drawingName, isDrawnPose, versionPose, type DrawingRef } from '../../skill/catalog/drawings';
import { getStretch } from '../../skill/catalog/index';
import type { Preferences, StretchId } from '../../skill/catalog/types';
import { durationOf, holdStarts, type CountingRules } from '../../skill/narration/index';
import type { Segment, TimelineEvent } from '../../skill/narration/types';
import { textsFor, type Texts } from '../../skill/text/locale';
import { narrationDatasource, speakerComponents, speakingCommands, speakingDirective, spokenPieces, type PieceDrawing, type SpokenPiece } from './apl-speech';

export const APL_TOKEN = 'backStretchCoach';

/** The APL version our documents declare when the device supports it. */
export const APL_VERSION = '2023.3';
/** The oldest APL our documents work on (onMount, SetValue on bound variables, viewport conditions). */
export const APL_MIN_VERSION = '1.1';

export interface Screen {
  stretchId: StretchId;
  segment?: Segment;
  /** Every segment the response narrates, `segment` first (both sides of a stretch may fit in one). */
  played?: readonly Segment[];
  /** Everything the response says before its prompt (the countdown is timed on it); default: the segment's events. */
  speech?: readonly TimelineEvent[];
  preferences: Preferences;
  /** The PNG URL of a drawing, when drawings are published (APL Image cannot draw SVG). */
  imageFor?: (drawing: DrawingRef) => string | undefined;
  /** The words of the request's language (default: English); its speech rules time the countdown and the drawings. */
  texts?: Texts;
}

/** The drawing on screen from `atSeconds` after the start of the response. */
export interface DrawingChange {
  atSeconds: number;
  drawing: DrawingRef;
  /** The index in the speech of the event the change comes with (the screen that speaks times it within its piece). */
  atEvent: number;
}

/**
 * The drawing to show first (the segment's side and version) and when it changes: where the
 * next played segment starts (the left side, in a response that holds both sides), and at
 * each spoken line or hold tagged with another of the stretch's drawn poses. A version with
 * its own drawing (the chair twist) keeps it for its segment.
 */
export function drawingTimeline(screen: Pick<Screen, 'stretchId' | 'segment' | 'played' | 'speech' | 'preferences' | 'texts'>): { first: DrawingRef; changes: DrawingChange[] } {
  const id = screen.stretchId;
  const rules = screen.texts?.language;
  const events = screen.speech ?? screen.segment?.events ?? [];
  const refFor = (segment: Segment | undefined, pose: string | undefined): DrawingRef => {
    const side = segment?.side;
    const version = versionPose(id, segment?.variant);
    const drawnPose = version ?? pose;
    return { id, ...(drawnPose ? { pose: drawnPose } : {}), ...(side ? { side } : {}) };
  };
  // Where each later played segment starts in the speech (the speech ends with their events).
  const starts = new Map<number, Segment>();
  const later = (screen.played ?? []).slice(1);
  later.forEach((segment, k) => {
    const after = later.slice(k).reduce((sum, s) => sum + s.events.length, 0);
    if (segment.stretchId === id) starts.set(events.length - after, segment);
  });
  let segment = screen.segment;
  let pose: string | undefined;
  const first = refFor(segment, pose);
  let current = drawingName(first);
  const changes: DrawingChange[] = [];
  events.forEach((event, index) => {
    const next = starts.get(index);
    if (next) segment = next;
    if ((event.type === 'say' || event.type === 'holdStart') && event.pose && isDrawnPose(id, event.pose)) pose = event.pose;
    const drawing = refFor(segment, pose);
    const name = drawingName(drawing);
    if (name === current) return;
    current = name;
    changes.push({ atSeconds: durationOf(events.slice(0, index), screen.preferences.pace, rules), drawing, atEvent: index });
  });
  return { first, changes };
}

export interface HoldTiming {
  /** Seconds from the start of the response to the start of the hold (just after "Hold."). */
  startsAfterSeconds: number;
  holdSeconds: number;
}

/** When each hold of the response starts and how long it is, its speech timed by the language's `rules` (English unless given). */
export function holdTimings(events: readonly TimelineEvent[], preferences: Preferences, rules?: CountingRules): HoldTiming[] {
  return holdStarts(events, preferences.pace, rules).map(({ startsAfterSeconds, holdSeconds }) => ({ startsAfterSeconds, holdSeconds }));
}

/** The first hold of the response, if any. */
export function firstHold(events: readonly TimelineEvent[], preferences: Preferences, rules?: CountingRules): HoldTiming | undefined {
  return holdTimings(events, preferences, rules)[0];
}

/** The step on screen: the segment's first setup line, else its first move or hold (by the timeline's tags). */
function firstStep(segment: Segment | undefined): string | undefined {
  const lines = (segment?.events ?? []).filter((event) => event.type === 'say');
  const step = lines.find((line) => line.step === 'setup') ?? lines.find((line) => line.step === 'move' || line.step === 'hold');
  return step?.text;
}

function versionParts(version: string): [number, number] {
  const [major, minor] = version.split('.').map((part) => Number.parseInt(part, 10));
  return [Number.isFinite(major) ? major! : 0, Number.isFinite(minor) ? minor! : 0];
}

function compareVersions(a: string, b: string): number {
  const [am, an] = versionParts(a);
  const [bm, bn] = versionParts(b);
  return am - bm || an - bn;
}

/**
 * The version to declare for a device that supports up to `maxVersion`: ours, or the device's
 * when it is older; undefined when the device is older than our documents can run on.
 */
export function documentVersion(maxVersion: string | undefined): string | undefined {
  if (!maxVersion) return APL_VERSION;
  if (compareVersions(maxVersion, APL_MIN_VERSION) < 0) return undefined;
  return compareVersions(maxVersion, APL_VERSION) < 0 ? maxVersion : APL_VERSION;
}

// APL documents are JSON; typing them fully is not worth it here.
type AplJson = Record<string, unknown>;

const NOT_FROZEN = '${!frozen}';

/** One countdown per hold, each waiting from the end of the one before to its own start. */
export function countdownCommands(holds: readonly HoldTiming[]): AplJson[] {
  const commands: AplJson[] = [];
  let clock = 0;
  for (const hold of holds) {
    const wait = Math.max(0, Math.round((hold.startsAfterSeconds - clock) * 1000));
    const seconds = Math.max(1, Math.round(hold.holdSeconds));
    commands.push(
      { type: 'Idle', delay: wait },
      { type: 'SetValue', property: 'remaining', value: seconds, when: NOT_FROZEN },
      {
        type: 'Sequential',
        repeatCount: seconds - 1,
        commands: [
          { type: 'Idle', delay: 1000 },
          { type: 'SetValue', property: 'remaining', value: '${frozen ? remaining : remaining - 1}' },
        ],
      },
      { type: 'Idle', delay: 1000 },
      // "Release" shows from the end of the hold until the next one starts.
      { type: 'SetValue', property: 'remaining', value: -1, when: NOT_FROZEN },
    );
    clock = hold.startsAfterSeconds + seconds;
  }
  return commands;
}

/** Sets the bound `drawing` to each URL at its time (not while frozen). */
export function drawingCommands(changes: readonly { atSeconds: number; url: string }[]): AplJson[] {
  const commands: AplJson[] = [];
  let clockMs = 0;
  for (const change of changes) {
    const wait = Math.max(0, Math.round(change.atSeconds * 1000) - clockMs);
    commands.push({ type: 'Idle', delay: wait }, { type: 'SetValue', property: 'drawing', value: change.url, when: NOT_FROZEN });
    clockMs += wait;
  }
  return commands;
}

/** The countdown and the drawing changes run side by side from the moment the screen shows. */
function onMountCommands(countdown: AplJson[], drawings: AplJson[]): AplJson[] {
  if (drawings.length === 0) return countdown;
  if (countdown.length === 0) return drawings;
  return [{ type: 'Parallel', commands: [{ type: 'Sequential', commands: countdown }, { type: 'Sequential', commands: drawings }] }];
}

interface ScreenImages {
  first: string;
  changes: { atSeconds: number; url: string; atEvent: number }[];
}

/** The drawing URLs of the screen, when drawings are published. */
function screenImages(screen: Screen): ScreenImages | undefined {
  if (!screen.imageFor) return undefined;
  const { first, changes } = drawingTimeline(screen);
  const firstUrl = screen.imageFor(first);
  if (!firstUrl) return undefined;
  const urls = changes.flatMap((change) => {
    const url = screen.imageFor?.(change.drawing);
    return url ? [{ atSeconds: change.atSeconds, url, atEvent: change.atEvent }] : [];
  });
  return { first: firstUrl, changes: urls };
}

function countdownText(texts: Texts): string {
  const { SCREEN_HOLD_PREFIX, SCREEN_PAUSED, SCREEN_RELEASE, SCREEN_SECONDS_SUFFIX } = texts.screen;
  return (
    `\${frozen ? '${SCREEN_PAUSED}' : remaining > 0 ? '${SCREEN_HOLD_PREFIX}' + remaining + '${SCREEN_SECONDS_SUFFIX}' : ` +
    `remaining < 0 ? '${SCREEN_RELEASE}' : payload.screen.holdLabel}`
  );
}

/** Sizes per viewport: round Echo Spot, small landscape Echo Show 5, larger hubs. */
const LAYOUTS = [
  { when: "${viewport.shape == 'round'}", image: false, title: 28, body: 20, countdown: 32, padding: '15vw' },
  { when: "${viewport.shape != 'round' && viewport.height < 600}", image: true, imageHeight: '40vh', title: 28, body: 20, countdown: 36, padding: '24dp' },
  { when: "${viewport.shape != 'round' && viewport.height >= 600}", image: true, imageHeight: '45vh', title: 44, body: 28, countdown: 56, padding: '40dp' },
] as const;

function layout(images: ScreenImages | undefined, holds: readonly HoldTiming[], spec: (typeof LAYOUTS)[number], texts: Texts): AplJson {
  const items: AplJson[] = [];
  if (images && spec.image) {
    const height = 'imageHeight' in spec ? spec.imageHeight : '45vh';
    items.push({ type: 'Image', source: '${drawing}', width: '60vw', height, scale: 'best-fit', align: 'center' });
  }
  items.push(
    { type: 'Text', id: 'title', text: '${payload.screen.title}', fontSize: `${spec.title}dp`, color: '#FAFAFA', textAlign: 'center', maxLines: 2 },
    { type: 'Text', id: 'step', text: '${payload.screen.step}', fontSize: `${spec.body}dp`, color: '#E0E0E0', textAlign: 'center', paddingTop: '12dp', maxLines: 3 },
  );
  if (holds.length > 0) {
    items.push({ type: 'Text', id: 'countdown', text: countdownText(texts), fontSize: `${spec.countdown}dp`, color: '#FFFFFF', textAlign: 'center', paddingTop: '12dp' });
  }
  return {
    type: 'Container',
    when: spec.when,
    width: '100vw',
    height: '100vh',
    alignItems: 'center',
    justifyContent: 'center',
    paddingLeft: spec.padding,
    paddingRight: spec.padding,
    items,
  };
}

/**
 * The document. With `speaking` (the screen speaks the narration: apl-speech.ts) it carries a
 * silent component per piece and counts nothing on its own (the ExecuteCommands directive runs
 * the speech, the countdowns and the drawing changes); without, the countdowns and drawing
 * changes run from onMount on the speech estimate.
 */
export function aplDocument(screen: Screen, version: string = APL_VERSION, speaking?: readonly SpokenPiece[]): AplJson {
  const holds = holdTimings(screen.speech ?? screen.segment?.events ?? [], screen.preferences, screen.texts?.language);
  const images = screenImages(screen);
  const layouts = LAYOUTS.map((spec) => layout(images, holds, spec, screen.texts ?? textsFor(undefined)));
  return {
    type: 'APL',
    version,
    mainTemplate: {
      parameters: speaking ? ['payload', 'narration'] : ['payload'],
      items: [
        {
          type: 'Container',
          id: 'stretchScreen',
          width: '100vw',
          height: '100vh',
          bind: [
            { name: 'remaining', value: 0 },
            { name: 'frozen', value: false },
            ...(images ? [{ name: 'drawing', value: images.first }] : []),
          ],
          onMount: speaking ? [] : onMountCommands(countdownCommands(holds), drawingCommands(images?.changes ?? [])),
          items: speaking ? [...layouts, speakerComponents(speaking)] : layouts,
        },
      ],
    },
  };
}

export function aplDatasources(screen: Screen): AplJson {
  const texts = screen.texts ?? textsFor(undefined);
  const stretch = getStretch(screen.stretchId, texts);
  const hold = firstHold(screen.speech ?? screen.segment?.events ?? [], screen.preferences, texts.language);
  return {
    payload: {
      screen: {
        title: screen.segment?.title ?? stretch.name,
        step: firstStep(screen.segment) ?? stretch.summary,
        holdLabel: hold ? texts.screen.screenHoldLabel(hold.holdSeconds) : '',
        stretchId: stretch.id,
      },
    },
  };
}

/** The screen for a device that supports APL up to `maxVersion`; undefined when it is too old for it. */
export function renderDocumentDirective(
  screen: Screen,
  maxVersion?: string,
): interfaces.alexa.presentation.apl.RenderDocumentDirective | undefined {
  const version = documentVersion(maxVersion);
  if (!version) return undefined;
  return {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: APL_TOKEN,
    document: aplDocument(screen, version),
    datasources: aplDatasources(screen),
  };
}

/** Which piece an event belongs to: the one it is in, else (a hold marker) the next one. */
function pieceOf(pieces: readonly SpokenPiece[], atEvent: number): number {
  const inside = pieces.findIndex((piece) => atEvent >= piece.firstEvent && atEvent < piece.firstEvent + piece.eventCount);
  if (inside >= 0) return inside;
  const next = pieces.findIndex((piece) => piece.firstEvent > atEvent);
  return next >= 0 ? next : pieces.length - 1;
}

/**
 * The screen for a device that speaks the narration from the document (apl-speech.ts): the
 * document with the pieces' speech, and the ExecuteCommands that speaks them in order, counts
 * each hold down beside its speech and sends `eventArguments` back when all has been said.
 * Undefined when the device is too old for our documents or the speech cannot be spoken so.
 */
export function speakingScreenDirectives(
  screen: Screen,
  eventArguments: readonly string[],
  maxVersion?: string,
): [interfaces.alexa.presentation.apl.RenderDocumentDirective, interfaces.alexa.presentation.apl.ExecuteCommandsDirective] | undefined {
  const version = documentVersion(maxVersion);
  const events = screen.speech ?? screen.segment?.events ?? [];
  const rules = screen.texts?.language;
  const pieces = version ? spokenPieces(events, screen.preferences.pace, rules) : undefined;
  if (!version || !pieces) return undefined;
  const images = screenImages(screen);
  const drawings: PieceDrawing[] = (images?.changes ?? []).map((change) => {
    const piece = pieceOf(pieces, change.atEvent);
    const from = pieces[piece]!.firstEvent;
    const atSeconds = change.atEvent > from ? durationOf(events.slice(from, change.atEvent), screen.preferences.pace, rules) : 0;
    return { piece, atSeconds, url: change.url };
  });
  return [
    {
      type: 'Alexa.Presentation.APL.RenderDocument',
      token: APL_TOKEN,
      document: aplDocument(screen, version, pieces),
      datasources: { ...aplDatasources(screen), narration: narrationDatasource(pieces) },
    },
    speakingDirective(APL_TOKEN, speakingCommands(pieces, drawings, eventArguments)),
  ];
}

/** Stops the countdown where it is (pause, help): the screen shows "Paused". */
export function freezeDirective(): interfaces.alexa.presentation.apl.ExecuteCommandsDirective {
  return {
    type: 'Alexa.Presentation.APL.ExecuteCommands',
    token: APL_TOKEN,
    commands: [{ type: 'SetValue', componentId: 'stretchScreen', property: 'frozen', value: '${true}' }],
  };
}
