/**
 * Echo Show: the screen speaks the narration itself, so its countdown follows the voice.
 *
 * The response's speech (everything before the closing prompt) is cut at its hold boundaries
 * (`speechChunks`, skill/narration/countdown.ts): [... "Hold."] [the hold] [release ... "Hold."]
 * [the hold] ... [the rest]. Each piece is SSML in the document's `narration` data source,
 * turned into speech by the `ssmlToSpeech` transformer and bound to the `speech` property of
 * an empty component; an `ExecuteCommands` directive in the same response then runs, in order:
 * SpeakItem(piece before the hold) -> SetValue the countdown -> Parallel(SpeakItem(the hold's
 * own breaks and cues), the countdown's once-a-second SetValues, sized to end before the hold's
 * speech can) -> SetValue "Release" -> SpeakItem(next piece) ... -> SendEvent. The skill gets
 * that as an `Alexa.Presentation.APL.UserEvent` (handlers/screen-spoken.ts) and answers with the
 * closing prompt and its reprompt as ordinary outputSpeech, so the microphone opens as it would
 * have on a speaker. Until then the response has no outputSpeech and leaves shouldEndSession
 * undefined: on a device with a screen that keeps the session open without opening the mic.
 *
 * The drawing of a moving stretch (cat-cow, pelvic tilts) changes beside the piece it is
 * spoken in, on the speech estimate from the start of that piece (not of the response).
 *
 * One change to what a speaker hears: in one outputSpeech the silence after words ("Hold.")
 * takes the place of the voice's short quiet at the end of the line; spoken as two pieces, the
 * quiet stays at the end of the first. So a piece that starts with silence after a piece that
 * ends with words starts with that much less (the speech-time model's `trailingQuietSeconds`),
 * and the hold lasts its target as on a speaker. (Measured with espeak-ng, bench:timing: without
 * this each hold of a long response started about 0.45 s later than the one before it on the
 * whole response's clock; with it 0.1 to 0.15 s.)
 *
 * Not used (the response keeps outputSpeech and the estimate-timed screen of apl.ts) when the
 * response has no hold, when a piece would carry an <audio> chime (ssmlToSpeech does not take
 * the audio tag), or when the speech is longer than one outputSpeech may be.
 *
 * Platform facts relied on (Amazon's APL and ASK documentation):
 * - Transformers (APL 1.0 onward): ssmlToSpeech turns SSML enclosed in <speak> into speech for
 *   a component's `speech` property, spoken by SpeakItem; the audio tag is not supported.
 *   https://developer.amazon.com/docs/alexa-presentation-language/apl-transformers-v1.html
 * - SpeakItem speaks a component's `speech`; it is ignored in fast mode, so the sequence runs
 *   from ExecuteCommands (normal mode), not from a handler.
 *   https://developer.amazon.com/docs/alexa-presentation-language/apl-speak-item-command.html
 * - Parallel (APL 1.0 to 2023.2): starts all its commands at once and finishes when all have
 *   finished; when it stops, all running commands stop.
 *   https://developer.amazon.com/docs/alexa-presentation-language/apl-parallel-command-v2023-2.html
 * - SendEvent sends an Alexa.Presentation.APL.UserEvent with its `arguments`; ignored in fast mode.
 *   https://developer.amazon.com/docs/alexa-presentation-language/apl-send-event-command.html
 * - `screenLock` is a base command property: it disables the interaction timer while the
 *   command runs (the screen does not time out during a long narration). Waits are Idle
 *   commands (Idle: ignored in fast mode; SetValue also runs in fast mode, "without any delay").
 *   https://developer.amazon.com/docs/alexa/alexa-presentation-language/apl-base-command-properties.html
 *   https://developer.amazon.com/docs/alexa-presentation-language/apl-idle-command.html
 *   https://developer.amazon.com/docs/alexa-presentation-language/apl-set-value-command.html
 * - shouldEndSession undefined on a device with a screen showing content: the session stays
 *   open without opening the microphone; speech starting with the wake word reaches the skill.
 *   https://developer.amazon.com/en-US/docs/alexa/custom-skills/manage-skill-session-and-session-attributes.html
 *   (the same page says "up to 30 seconds" after the microphone closes; whether a running
 *   screenLock sequence holds the session longer is not stated there: to be tried on a device).
 * - Assumed, not found stated in the documentation we could search: the wake word interrupts
 *   SpeakItem and ends the running command sequence, as it interrupts outputSpeech. The pause
 *   and help answers also set `frozen`, so the countdown shows "Paused" either way.
 */
import type { interfaces } from 'ask-sdk-model';
import { eventSeconds, renderSsml, speechChunks, SSML_MAX_CHARS, type SpeechChunk } from '../../skill/narration/index';
import { silenceFollows } from '../../skill/narration/duration';
import { SPEECH_MODEL, type CountingRules, type Pace } from '../../skill/narration/speech-time';
import type { TimelineEvent } from '../../skill/narration/types';

// APL documents and commands are JSON; typing them fully is not worth it here.
type AplJson = Record<string, unknown>;

/** The SendEvent's first argument: the narration has been spoken to its end. */
export const SPOKEN_EVENT = 'narrationSpoken';
/** The component whose bound values (remaining, frozen, drawing) the commands set. */
const SCREEN_COMPONENT = 'stretchScreen';
/** How much of a hold's estimated cue speech the countdown may count on (the estimate runs long, never this short). */
const CUE_SHARE = 0.8;

export interface SpokenPiece {
  /** `<speak>...</speak>`: what SpeakItem says for this piece. */
  ssml: string;
  /** A hold: its target length in seconds. */
  holdSeconds?: number;
  /** A hold: the seconds its speech takes at least (its breaks, and most of its cues). */
  leastSeconds?: number;
  /** Seconds of estimated speech of the piece (drawing changes are timed within it). */
  estimatedSeconds: number;
  /** Index in the response's events of the piece's first event (drawing changes are found by it). */
  firstEvent: number;
  /** How many events (markers included) the piece spans. */
  eventCount: number;
}

/**
 * The response's speech cut for the screen to speak, or undefined when the screen cannot speak it
 * (see the header). `rules`: the language the response speaks, whose rules time each piece
 * (English unless given).
 */
export function spokenPieces(events: readonly TimelineEvent[], pace: Pace, rules?: CountingRules): SpokenPiece[] | undefined {
  if (!events.some((event) => event.type === 'holdStart')) return undefined;
  if (renderSsml(events, { pace }).length > SSML_MAX_CHARS) return undefined;
  const chunks = speechChunks(events);
  // Where each chunk sits in the events: chunks keep the events' order, markers left out.
  const pieces: SpokenPiece[] = [];
  let cursor = 0;
  const quiet = SPEECH_MODEL[pace].trailingQuietSeconds;
  for (const [index, original] of chunks.entries()) {
    const previous = chunks[index - 1]?.events.at(-1);
    const chunk = previous?.type === 'say' ? shortenedStart(original, quiet) : original;
    while (events[cursor] && events[cursor] !== original.events[0]) cursor++;
    const firstEvent = cursor;
    let last = firstEvent;
    for (const event of original.events) {
      while (events[last] !== event) last++;
    }
    cursor = last + 1;
    const ssml = renderSsml(chunk.events, { pace });
    if (ssml.includes('<audio')) return undefined;
    const seconds = (event: TimelineEvent, index: number) => eventSeconds(event, pace, event.type === 'say' && silenceFollows(chunk.events, index), rules);
    const estimatedSeconds = chunk.events.reduce((sum, event, index) => sum + seconds(event, index), 0);
    const piece: SpokenPiece = { ssml, estimatedSeconds, firstEvent, eventCount: cursor - firstEvent };
    if (chunk.holdSeconds !== undefined) {
      piece.holdSeconds = chunk.holdSeconds;
      piece.leastSeconds = chunk.events.reduce((sum, event, index) => sum + (event.type === 'say' ? CUE_SHARE : 1) * seconds(event, index), 0);
    }
    pieces.push(piece);
  }
  return pieces;
}

/** The piece with its first silence `by` seconds shorter (when it starts with one; none left: dropped). */
function shortenedStart(chunk: SpeechChunk, by: number): SpeechChunk {
  const [first, ...rest] = chunk.events;
  if (first?.type !== 'pause') return chunk;
  const seconds = Math.round((first.seconds - by) * 1000) / 1000;
  if (seconds <= 0 && rest.length === 0) return chunk;
  return { ...chunk, events: seconds > 0 ? [{ ...first, seconds }, ...rest] : rest };
}

const speechProperty = (index: number) => `speech${index}`;
const ssmlProperty = (index: number) => `ssml${index}`;
const speakerId = (index: number) => `narration${index}`;

/** The `narration` data source: each piece's SSML and the transformer that makes it speech. */
export function narrationDatasource(pieces: readonly SpokenPiece[]): AplJson {
  return {
    type: 'object',
    properties: Object.fromEntries(pieces.map((piece, index) => [ssmlProperty(index), piece.ssml])),
    transformers: pieces.map((_, index) => ({ inputPath: ssmlProperty(index), outputName: speechProperty(index), transformer: 'ssmlToSpeech' })),
  };
}

/** Empty, zero-size components that carry each piece's speech (nothing of them is drawn). */
export function speakerComponents(pieces: readonly SpokenPiece[]): AplJson {
  return {
    type: 'Container',
    id: 'narration',
    position: 'absolute',
    width: 0,
    height: 0,
    items: pieces.map((_, index) => ({ type: 'Container', id: speakerId(index), width: 0, height: 0, speech: `\${narration.properties.${speechProperty(index)}}` })),
  };
}

const setValue = (property: string, value: unknown): AplJson => ({ type: 'SetValue', componentId: SCREEN_COMPONENT, property, value });
/** A wait, then a SetValue: the wait is an Idle of its own (SetValue may run in fast mode, which drops a delay). */
const afterWait = (ms: number, command: AplJson): AplJson[] => (ms > 0 ? [{ type: 'Idle', delay: ms }, command] : [command]);

/** Whole seconds the countdown ticks during a hold: one a second, never past the hold's least speech. */
function countdownTicks(piece: SpokenPiece): number {
  const seconds = Math.max(1, Math.round(piece.holdSeconds ?? 0));
  return Math.max(0, Math.min(seconds - 1, Math.floor(piece.leastSeconds ?? 0)));
}

/** A drawing change within a piece: seconds from the piece's start. */
export interface PieceDrawing {
  piece: number;
  atSeconds: number;
  url: string;
}

/**
 * The whole sequence: each piece spoken in turn, each countdown started right after the piece
 * that ends with "Hold." and set to "Release" when the hold's speech has ended, then SendEvent.
 */
export function speakingCommands(pieces: readonly SpokenPiece[], drawings: readonly PieceDrawing[], eventArguments: readonly string[]): AplJson[] {
  const commands: AplJson[] = [];
  pieces.forEach((piece, index) => {
    const speak: AplJson = { type: 'SpeakItem', componentId: speakerId(index) };
    const beside: AplJson[] = [];
    if (piece.holdSeconds !== undefined) {
      const seconds = Math.max(1, Math.round(piece.holdSeconds));
      commands.push(setValue('remaining', seconds));
      const ticks = countdownTicks(piece);
      for (let tick = 1; tick <= ticks; tick++) beside.push(...afterWait(1000, setValue('remaining', seconds - tick)));
    }
    // Drawing changes at the piece's very start go first; later ones beside the speech.
    let clockMs = 0;
    const own = drawings.filter((drawing) => drawing.piece === index);
    const later: AplJson[] = [];
    // Never past the piece's estimated end, so a drawing change cannot hold up the next piece.
    const lastMs = Math.max(0, Math.round(piece.estimatedSeconds * 1000 * 0.9));
    for (const drawing of own) {
      const atMs = Math.min(lastMs, Math.round(drawing.atSeconds * 1000));
      if (atMs <= 0) commands.push(setValue('drawing', drawing.url));
      else {
        later.push(...afterWait(atMs - clockMs, setValue('drawing', drawing.url)));
        clockMs = atMs;
      }
    }
    const sides = [beside, later].filter((list) => list.length > 0).map((list) => ({ type: 'Sequential', commands: list }));
    commands.push(sides.length > 0 ? { type: 'Parallel', commands: [speak, ...sides] } : speak);
    if (piece.holdSeconds !== undefined) commands.push(setValue('remaining', -1));
  });
  commands.push({ type: 'SendEvent', arguments: [...eventArguments] });
  return [{ type: 'Sequential', screenLock: true, commands }];
}

/** The directive that runs the sequence on the document rendered in the same response. */
export function speakingDirective(token: string, commands: AplJson[]): interfaces.alexa.presentation.apl.ExecuteCommandsDirective {
  return { type: 'Alexa.Presentation.APL.ExecuteCommands', token, commands: commands as unknown as interfaces.alexa.presentation.apl.Command[] };
}
