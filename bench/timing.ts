/**
 * `npm run bench:timing` (also the last stage of `npm run bench`): how long the narration
 * really takes, measured from audio. Not a test: espeak-ng is a stand-in for Alexa's voice.
 *
 * Every response of every stretch and routine at each pace, as the player gives it from
 * "start" through "next" to the end (a response may narrate both sides of a stretch, and the
 * first carries the session's intro: what Alexa says and what the screen times), is rendered with
 * espeak-ng near 150 words a minute, decoded, and measured with sox:
 * - each whole response as SSML (the renderer's own output, chimes as silence): the speech-time
 *   estimate's error per response (target within 5 %);
 * - every distinct spoken line on its own, trimmed of silence: the pieces each hold is made of,
 *   so each hold's measured length (its pauses plus its cues as spoken) is compared with its
 *   target (within 5 %), and each hold's measured start from the beginning of its response is
 *   compared with the estimate the Echo Show countdown uses (within 1 s);
 * - the speech-time model (seconds per word, per sentence, onset) refitted by least squares
 *   from those lines, printed so `skill/narration/speech-time.ts` can take the new figures;
 * - the Echo Show that speaks the narration itself (lambda/responses/apl-speech.ts): each
 *   piece the document speaks rendered on its own, as each SpeakItem is, and the pieces added
 *   up in order; a countdown starts when the piece ending with "Hold." has played. That is
 *   compared with where "Hold" ends in the whole response's audio (the response rendered in
 *   one go up to its "Hold.", the voice's quiet after it trimmed), within 1 s.
 *
 * espeak-ng differs from Alexa in three ways the harness accounts for: it joins adjacent
 * <break>s into one (we send their sum as one break, which Alexa would play the same), it
 * drops a break at the very start of a file (responses start with speech), and it mis-times a
 * break next to a prosody rate change (the slower pace is spoken at its rate without the
 * prosody element instead: `espeakInput`).
 * Writes its figures between the timing markers of docs/BENCHMARKS.md.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DEFAULT_PREFERENCES, ROUTINE_IDS, STRETCH_IDS } from '../skill/catalog/types';
import type { Command, PlayerContext } from '../skill/conversation/commands';
import { play } from '../skill/conversation/player';
import type { UserState } from '../skill/conversation/types';
import { newUserState } from '../skill/state/new-user-state';
import { durationOf, holdStarts, renderSsml } from '../skill/narration/index';
import { silenceFollows } from '../skill/narration/duration';
import { countCommas, countLetters, countSentences, countSyllables, countWords, SLOWER_PROSODY_RATE, SPEECH_MODEL, type Pace, type SpeechModel } from '../skill/narration/speech-time';
import type { TimelineEvent } from '../skill/narration/types';
import { spokenPieces } from '../lambda/responses/apl-speech';

const run = promisify(execFile);
const WORDS_PER_MINUTE = 150;
const PACES: readonly Pace[] = ['normal', 'slower'];
const BENCHMARKS = fileURLToPath(new URL('../docs/BENCHMARKS.md', import.meta.url));
const START = '<!-- timing:start -->';
const END = '<!-- timing:end -->';

async function ensureTools(): Promise<void> {
  try {
    await run('espeak-ng', ['--version']);
    await run('sox', ['--version']);
  } catch {
    // The script installs Debian's espeak-ng and sox when it may (the same script the tests use).
    await run('bash', [fileURLToPath(new URL('../scripts/ensure-system-packages.sh', import.meta.url))]);
  }
}

/** espeak-ng plays adjacent breaks as one: send their sum instead. */
export function forEspeak(ssml: string): string {
  return ssml.replace(/(?:<break time="\d+(?:ms|s)"\/>)+/g, (breaks) => {
    let ms = 0;
    for (const match of breaks.matchAll(/time="(\d+)(ms|s)"/g)) ms += Number(match[1]) * (match[2] === 's' ? 1000 : 1);
    return `<break time="${ms}ms"/>`;
  });
}

/**
 * What espeak-ng is given for an SSML text: the SSML and the speaking rate. espeak-ng mis-times a
 * <break> next to a prosody rate change (measured with its 1.51: a 5 s break after a one-sentence
 * run inside <prosody rate="85%"> plays 6.5 s, and after a two-sentence run that the prosody closes,
 * 3.9 s), while SSML 1.1 makes a break's time absolute and the rate apply to the contained text. So
 * a text at one prosody rate is rendered the way a faithful voice speaks it: the prosody element
 * removed and the whole voice at that rate (espeak-ng's own prosody at 85 % and -s 128 give the
 * same speech to within 0.1 %), breaks then play exactly their time.
 */
export function espeakInput(ssml: string): { ssml: string; wordsPerMinute: number } {
  const rates = new Set([...ssml.matchAll(/<prosody rate="(\d+)%">/g)].map((m) => Number(m[1])));
  if (rates.size === 0) return { ssml, wordsPerMinute: WORDS_PER_MINUTE };
  if (rates.size > 1) throw new Error(`one prosody rate per text expected, got ${[...rates].join(', ')}`);
  const [rate] = [...rates];
  return { ssml: ssml.replace(/<\/?prosody[^>]*>/g, ''), wordsPerMinute: Math.round((WORDS_PER_MINUTE * rate!) / 100) };
}

async function speak(ssml: string, input: string, wav: string): Promise<void> {
  const voice = espeakInput(ssml);
  writeFileSync(input, voice.ssml);
  await run('espeak-ng', ['-m', '-s', String(voice.wordsPerMinute), '-f', input, '-w', wav]);
}

export class Renderer {
  private readonly dir = mkdtempSync(join(tmpdir(), 'timing-'));
  private count = 0;

  async seconds(ssml: string, trim: boolean): Promise<number> {
    const n = this.count++;
    const input = join(this.dir, `${n}.ssml`);
    const wav = join(this.dir, `${n}.wav`);
    await speak(ssml, input, wav);
    let measured = wav;
    if (trim) {
      measured = join(this.dir, `${n}.trim.wav`);
      await run('sox', [wav, measured, 'silence', '1', '0.01', '0.5%', 'reverse', 'silence', '1', '0.01', '0.5%', 'reverse']);
    }
    const { stdout } = await run('soxi', ['-D', measured]);
    rmSync(input);
    rmSync(wav);
    if (trim) rmSync(measured);
    return Number(stdout.trim());
  }

  /** Seconds until the voice stops: the file's audio with the quiet at its end trimmed. */
  async untilSpeechEnds(ssml: string): Promise<number> {
    const n = this.count++;
    const input = join(this.dir, `${n}.ssml`);
    const wav = join(this.dir, `${n}.wav`);
    const trimmed = join(this.dir, `${n}.end.wav`);
    await speak(ssml, input, wav);
    await run('sox', [wav, trimmed, 'reverse', 'silence', '1', '0.01', '0.5%', 'reverse']);
    const { stdout } = await run('soxi', ['-D', trimmed]);
    for (const file of [input, wav, trimmed]) rmSync(file);
    return Number(stdout.trim());
  }

  close(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const LEADING_BREAKS = /^(<speak>(?:<prosody [^>]*>)?)((?:<break time="\d+(?:ms|s)"\/>)+)/;

/**
 * Seconds one SpeakItem plays: the piece rendered on its own. espeak-ng drops a break at the
 * very start of a file, which Alexa plays: a piece that starts with silence (a hold) gets it added back.
 */
async function pieceSeconds(renderer: Renderer, ssml: string, untilSpeechEnds = false): Promise<number> {
  const render = (text: string) => (untilSpeechEnds ? renderer.untilSpeechEnds(forEspeak(text)) : renderer.seconds(forEspeak(text), false));
  const leading = LEADING_BREAKS.exec(ssml);
  if (!leading) return render(ssml);
  const silence = [...leading[2]!.matchAll(/time="(\d+)(ms|s)"/g)].reduce((ms, m) => ms + Number(m[1]) * (m[2] === 's' ? 1000 : 1), 0) / 1000;
  const rest = ssml.replace(LEADING_BREAKS, '$1');
  const spoken = /<\/?(?:speak|prosody)[^>]*>/g;
  return silence + (rest.replace(spoken, '').trim() ? await render(rest) : 0);
}

export interface SpokenHoldRow {
  response: string;
  pace: Pace;
  target: number;
  /** Seconds from the start of the response to the countdown's start: the pieces before the hold, each played in full. */
  startSpoken: number;
  /** Seconds from the start of the response to where "Hold" ends in the whole response's audio. */
  holdSaid: number;
  /** Seconds from the start of the response to where "Hold" ends in the pieces as the screen plays them. */
  holdPlayed: number;
}

/** The countdown starts of a response spoken by the screen, and where each "Hold" ends in the whole audio; undefined when the screen would not speak it. */
export async function spokenHolds(response: Response, renderer: Renderer, pieceCache: Map<string, Promise<number>>): Promise<SpokenHoldRow[] | undefined> {
  const pieces = spokenPieces(response.events, response.pace);
  if (!pieces) return undefined;
  const holdIndexes = response.events.flatMap((event, index) => (event.type === 'holdStart' ? [index] : []));
  const rows: SpokenHoldRow[] = [];
  let clock = 0;
  let lastStart = 0;
  let last: string | undefined;
  for (const piece of pieces) {
    if (piece.holdSeconds !== undefined) {
      const index = holdIndexes[rows.length]!;
      // The hold starts where the voice stops after "Hold.", or after the silence that ends what comes before it.
      const before = renderSsml(response.events.slice(0, index), { pace: response.pace, chimes: false });
      const spokenLast = [...response.events.slice(0, index)].reverse().find((event) => event.type !== 'holdStart' && event.type !== 'holdEnd')?.type === 'say';
      const endsWithWords = (ssml: string) => !/<break time="[^"]+"\/>(?:<\/prosody>)?<\/speak>$/.test(ssml);
      const played = last ? lastStart + (endsWithWords(last) ? await pieceSeconds(renderer, last, true) : await pieceSeconds(renderer, last)) : 0;
      rows.push({
        response: response.name,
        pace: response.pace,
        target: piece.holdSeconds,
        startSpoken: clock,
        holdSaid: spokenLast ? await renderer.untilSpeechEnds(forEspeak(before)) : await renderer.seconds(forEspeak(before), false),
        holdPlayed: played,
      });
    }
    lastStart = clock;
    last = piece.ssml;
    let seconds = pieceCache.get(piece.ssml);
    if (!seconds) {
      seconds = pieceSeconds(renderer, piece.ssml);
      pieceCache.set(piece.ssml, seconds);
    }
    clock += await seconds;
  }
  return rows;
}

/** One spoken line as the voice says it: trimmed speech, and the quiet the voice leaves after it. */
export interface Line {
  text: string;
  pace: Pace;
  letters: number;
  syllables: number;
  words: number;
  sentences: number;
  commas: number;
  /** How many times it is said across all responses. */
  spoken: number;
  trimmed: number;
  untrimmed: number;
}

function lineSsml(text: string, pace: Pace): string {
  return renderSsml([{ type: 'say', text, role: 'instruction' }], { pace });
}

export interface Response {
  name: string;
  pace: Pace;
  /** What the response says before its prompt: what the Echo Show times its countdowns on. */
  events: readonly TimelineEvent[];
  /** Everything Alexa says: the speech and the closing prompt. */
  spoken: readonly TimelineEvent[];
}

const CONTEXT: PlayerContext = { today: '2026-12-01', now: '2026-12-01T08:00:00.000Z' };
/** A person who has heard the safety line and does one routine a day. */
function returning(pace: Pace): UserState {
  return { ...newUserState(), version: 3, disclaimerSeen: true, completedSessions: 5, preferences: { ...DEFAULT_PREFERENCES, pace } };
}

/**
 * Every response of a session as the player gives it, from "start" to the end by saying
 * "next": a response may narrate several segments (both sides of a stretch), and the first
 * one carries the session's intro, so this is what Alexa says and the screen times.
 */
function session(name: string, pace: Pace, start: Command): Response[] {
  const responses: Response[] = [];
  let result = play(returning(pace), start, CONTEXT);
  for (let turn = 0; turn < 200; turn += 1) {
    const played = result.show?.played;
    if (played && played.length > 0) {
      const events = result.show?.speech ?? result.speech;
      responses.push({ name: `${name} ${played.map((s) => s.id).join(' + ')}`, pace, events, spoken: [...result.speech, ...result.prompt] });
    }
    if (result.completed || result.endSession || !result.state.active) break;
    result = play(result.state, { type: 'next' }, CONTEXT);
  }
  return responses;
}

export function responses(): Response[] {
  return PACES.flatMap((pace) => [
    ...STRETCH_IDS.map((id) => session(id, pace, { type: 'startStretch', stretch: id })),
    ...ROUTINE_IDS.map((id) => session(id, pace, { type: 'startRoutine', routine: id })),
  ].flat());
}

async function inBatches<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return results;
}

/** Weighted least squares: the b minimising sum w (X b - y)^2 (normal equations, Gaussian elimination). */
function leastSquares(rows: readonly number[][], y: readonly number[], w: readonly number[]): number[] {
  const k = rows[0]!.length;
  const a = Array.from({ length: k }, (_, i) => [
    ...Array.from({ length: k }, (_, j) => rows.reduce((s, r, n) => s + w[n]! * r[i]! * r[j]!, 0)),
    rows.reduce((s, r, n) => s + w[n]! * r[i]! * y[n]!, 0),
  ]);
  for (let col = 0; col < k; col++) {
    const pivot = a.slice(col).reduce((best, row, i) => (Math.abs(row[col]!) > Math.abs(a[best]![col]!) ? col + i : best), col);
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    for (let r = 0; r < k; r++) {
      if (r === col) continue;
      const f = a[r]![col]! / a[col]![col]!;
      for (let c = col; c <= k; c++) a[r]![c]! -= f * a[col]![c]!;
    }
  }
  return a.map((row, i) => row[k]! / row[i]!);
}

type Fit = SpeechModel & { pace: Pace };

function fit(lines: readonly Line[], pace: Pace): Fit {
  const own = lines.filter((line) => line.pace === pace);
  const trailing = own.reduce((s, line) => s + line.untrimmed - line.trimmed, 0) / own.length;
  // Weighted by how often each line is said: what the countdown and the holds add up is the
  // time of everything spoken, so a short line said forty times counts forty times.
  const coefficients = leastSquares(
    own.map((line) => [line.letters, line.syllables, line.words, line.sentences - 1, line.commas, 1]),
    own.map((line) => line.trimmed),
    own.map((line) => line.spoken),
  );
  return fitFrom(pace, [...coefficients.slice(0, 6), trailing]);
}

/** A fitted model from its coefficients, in the order of the terms: letter, syllable, word, sentence gap, comma, onset, trailing quiet. */
function fitFrom(pace: Pace, [perLetter, perSyllable, perWord, sentenceGap, comma, onset, trailing]: readonly number[]): Fit {
  return {
    pace,
    secondsPerLetter: perLetter!,
    secondsPerSyllable: perSyllable!,
    secondsPerWord: perWord!,
    sentenceGapSeconds: sentenceGap!,
    commaSeconds: comma!,
    onsetSeconds: onset!,
    trailingQuietSeconds: trailing!,
  };
}

/** How much a line counts against the countdown starts in `fitCountdown` (per time it is said). */
const LINE_WEIGHT = 2;
/** Reweighting rounds toward the smallest worst countdown start (Lawson's iteration). */
const MINIMAX_ROUNDS = 60;

/** One line's terms as the model adds them up: letters, syllables, words, sentence gaps, commas, onset, quiet after. */
function terms(text: string, silenceAfter: boolean): number[] {
  return [countLetters(text), countSyllables(text), countWords(text), Math.max(0, countSentences(text) - 1), countCommas(text), 1, silenceAfter ? 0 : 1];
}

/**
 * The model as the countdown needs it: every hold's start is the sum of the estimates of all
 * that is said before it in its response, so besides each line (weighted by how often it is
 * said) the fit takes the cumulative error at every hold start, reweighted round after round
 * toward the smallest worst case. This is the fit `skill/narration/speech-time.ts` uses.
 */
export function fitCountdown(all: readonly Response[], lines: Map<string, Line>, pace: Pace): Fit {
  const holdRows: number[][] = [];
  const holdY: number[] = [];
  for (const response of all.filter((r) => r.pace === pace)) {
    const sum = [0, 0, 0, 0, 0, 0, 0];
    let measured = 0;
    response.events.forEach((event, index) => {
      if (event.type === 'holdStart') {
        holdRows.push([...sum]);
        holdY.push(measured);
        return;
      }
      if (event.type !== 'say') return;
      const line = lines.get(`${pace}|${event.text}`)!;
      const next = response.events.slice(index + 1).find((e) => e.type !== 'holdStart' && e.type !== 'holdEnd');
      terms(event.text, silenceFollows(response.events, index)).forEach((value, k) => (sum[k]! += value));
      measured += line.trimmed + (next?.type === 'say' ? line.untrimmed - line.trimmed : 0);
    });
  }
  const own = [...lines.values()].filter((line) => line.pace === pace);
  const lineRows = own.map((line) => terms(line.text, true));
  const lineY = own.map((line) => line.trimmed);
  const lineW = own.map((line) => line.spoken * LINE_WEIGHT);
  let weights = holdRows.map(() => 1);
  let b: number[] = [];
  for (let round = 0; round < MINIMAX_ROUNDS; round++) {
    b = leastSquares([...holdRows, ...lineRows], [...holdY, ...lineY], [...weights, ...lineW]);
    const errors = holdRows.map((row, n) => Math.abs(row.reduce((s, v, k) => s + v * b[k]!, 0) - holdY[n]!));
    const total = weights.reduce((s, w, n) => s + w * errors[n]!, 0);
    if (total === 0) break;
    weights = weights.map((w, n) => (w * errors[n]! * weights.length) / total);
  }
  return fitFrom(pace, b);
}

/**
 * Seconds the events take as measured: spoken lines trimmed, plus the voice's quiet after a
 * line when speech follows straight on (a break takes its place otherwise), plus the pauses.
 */
function measuredSeconds(events: readonly TimelineEvent[], pace: Pace, lines: Map<string, Line>): number {
  let total = 0;
  events.forEach((event, index) => {
    if (event.type === 'pause') total += event.seconds;
    else if (event.type === 'chime') total += 1;
    else if (event.type === 'say') {
      const line = lines.get(`${pace}|${event.text}`)!;
      const next = events.slice(index + 1).find((e) => e.type !== 'holdStart' && e.type !== 'holdEnd');
      total += line.trimmed + (next?.type === 'say' ? line.untrimmed - line.trimmed : 0);
    }
  });
  return total;
}

export interface HoldRow {
  response: string;
  pace: Pace;
  target: number;
  measured: number;
  /** Seconds from the start of the response to the hold, estimated and measured. */
  startEstimated: number;
  startMeasured: number;
}

function holdsOf(response: Response, lines: Map<string, Line>): HoldRow[] {
  const rows: HoldRow[] = [];
  // The Echo Show's own rule for when each countdown starts.
  const screen = holdStarts(response.events, response.pace);
  response.events.forEach((event, index) => {
    if (event.type !== 'holdStart') return;
    const end = response.events.findIndex((e, i) => i > index && e.type === 'holdEnd');
    const inside = response.events.slice(index + 1, end);
    const before = response.events.slice(0, index);
    rows.push({
      response: response.name,
      pace: response.pace,
      target: event.targetSeconds,
      measured: measuredSeconds(inside, response.pace, lines),
      startEstimated: screen[rows.length]!.startsAfterSeconds,
      startMeasured: measuredSeconds(before, response.pace, lines),
    });
  });
  return rows;
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)} %`;
}

export interface TimingReport {
  markdown: string;
  fits: Fit[];
  /** The plain per-line least-squares fit, for comparison. */
  lineFits: Fit[];
  /** Each distinct line as measured, for a closer look. */
  lines: Line[];
  /** Every hold of every response, with its measured and estimated start. */
  holds: HoldRow[];
  /** Holds whose countdown start is more than a second off. */
  lateStarts: HoldRow[];
  /** Every hold of every response the Echo Show speaks itself, with its countdown start as the pieces play. */
  spokenHolds: SpokenHoldRow[];
}

export async function runTiming(log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Promise<TimingReport> {
  await ensureTools();
  const renderer = new Renderer();
  try {
    const all = responses();
    const texts = new Map<string, { text: string; pace: Pace; spoken: number }>();
    for (const response of all) {
      for (const event of response.spoken) {
        if (event.type !== 'say') continue;
        const key = `${response.pace}|${event.text}`;
        const known = texts.get(key);
        texts.set(key, { text: event.text, pace: response.pace, spoken: (known?.spoken ?? 0) + 1 });
      }
    }
    log(`timing: ${texts.size} distinct lines, ${all.length} responses`);
    const lines = new Map<string, Line>();
    await inBatches([...texts.entries()], 4, async ([key, { text, pace, spoken }]) => {
      const ssml = forEspeak(lineSsml(text, pace));
      const [trimmed, untrimmed] = [await renderer.seconds(ssml, true), await renderer.seconds(ssml, false)];
      lines.set(key, { text, pace, letters: countLetters(text), syllables: countSyllables(text), words: countWords(text), sentences: countSentences(text), commas: countCommas(text), spoken, trimmed, untrimmed });
    });
    log('timing: lines measured; rendering whole responses');
    const whole = await inBatches(all, 2, async (response) => ({
      response,
      measured: await renderer.seconds(forEspeak(renderSsml(response.spoken, { pace: response.pace, chimes: false })), false),
      estimated: durationOf(response.spoken, response.pace),
      composed: measuredSeconds(response.spoken, response.pace, lines),
    }));
    const holds = all.flatMap((response) => holdsOf(response, lines));
    log('timing: rendering the pieces the Echo Show speaks');
    const pieceCache = new Map<string, Promise<number>>();
    const spokenByScreen = await inBatches(all, 2, (response) => spokenHolds(response, renderer, pieceCache));
    const screenSpoken = spokenByScreen.flatMap((rows) => rows ?? []);
    const notSpoken = all.filter((response, index) => !spokenByScreen[index] && response.events.some((event) => event.type === 'holdStart')).length;
    // The model in use is the countdown fit; the plain per-line fit is printed beside it for comparison.
    const fits = PACES.map((pace) => fitCountdown(all, lines, pace));
    const lineFits = PACES.map((pace) => fit([...lines.values()], pace));

    const rows: string[] = [];
    for (const pace of PACES) {
      const own = whole.filter((w) => w.response.pace === pace);
      const errors = own.map((w) => (w.estimated - w.measured) / w.measured);
      const worst = Math.max(...errors.map(Math.abs));
      const mean = errors.reduce((s, e) => s + e, 0) / errors.length;
      const within = errors.filter((e) => Math.abs(e) <= 0.05).length;
      const composition = Math.max(...own.map((w) => Math.abs(w.composed - w.measured) / w.measured));
      const ownHolds = holds.filter((h) => h.pace === pace);
      const holdErrors = ownHolds.map((h) => (h.measured - h.target) / h.target);
      const holdWithin = holdErrors.filter((e) => Math.abs(e) <= 0.05).length;
      const startErrors = ownHolds.map((h) => Math.abs(h.startEstimated - h.startMeasured));
      const startWithin = startErrors.filter((e) => e <= 1).length;
      rows.push(
        `| ${pace} | ${own.length} | ${percent(mean)} (worst ${percent(worst)}) | ${within}/${own.length} | ${ownHolds.length} | ` +
          `${percent(Math.min(...holdErrors))} to ${percent(Math.max(...holdErrors))} | ${holdWithin}/${ownHolds.length} | ` +
          `${Math.max(...startErrors).toFixed(2)} s | ${startWithin}/${ownHolds.length} | ${percent(composition)} |`,
      );
    }
    const spokenRows = PACES.map((pace) => {
      const own = screenSpoken.filter((row) => row.pace === pace);
      const errors = own.map((row) => row.startSpoken - row.holdSaid);
      const within = errors.filter((e) => Math.abs(e) <= 1).length;
      const worst = errors.reduce((w, e) => (Math.abs(e) > Math.abs(w) ? e : w), 0);
      const mean = errors.reduce((sum, e) => sum + e, 0) / Math.max(1, errors.length);
      const played = own.map((row) => row.startSpoken - row.holdPlayed);
      const playedWorst = played.reduce((w, e) => (Math.abs(e) > Math.abs(w) ? e : w), 0);
      const playedWithin = played.filter((e) => Math.abs(e) <= 1).length;
      const signed = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(2)} s`;
      return (
        `| ${pace} | ${new Set(own.map((row) => row.response)).size} | ${own.length} | ${signed(worst)} | ${signed(mean)} | ${within}/${own.length} | ` +
        `${signed(playedWorst)} | ${playedWithin}/${own.length} |`
      );
    });
    const spokenLate = screenSpoken.filter((row) => Math.abs(row.startSpoken - row.holdSaid) > 1);
    const keys: (keyof SpeechModel)[] = ['secondsPerLetter', 'secondsPerSyllable', 'secondsPerWord', 'sentenceGapSeconds', 'commaSeconds', 'onsetSeconds', 'trailingQuietSeconds'];
    const model = PACES.map((pace) => {
      const refit = fits.find((f) => f.pace === pace)!;
      return `| ${pace} | ${keys.map((key) => `${SPEECH_MODEL[pace][key].toFixed(4)} / ${refit[key].toFixed(4)}`).join(' | ')} |`;
    });
    const late = holds.filter((h) => Math.abs(h.startEstimated - h.startMeasured) > 1);
    const offResponses = whole.filter((w) => Math.abs(w.estimated - w.measured) > 0.05 * w.measured);
    const offRows = offResponses.map(
      (w) =>
        `| ${w.response.pace} | ${w.response.name} | ${w.estimated.toFixed(2)} s | ${w.measured.toFixed(2)} s | ${w.composed.toFixed(2)} s | ${percent((w.estimated - w.measured) / w.measured)} |`,
    );
    const lateRows = late.map(
      (h) => `| ${h.pace} | ${h.response} | ${h.target} s | ${h.startEstimated.toFixed(2)} s | ${h.startMeasured.toFixed(2)} s | ${(h.startEstimated - h.startMeasured).toFixed(2)} s |`,
    );
    const markdown = [
      START,
      '## Narration timing against real audio (espeak-ng)',
      '',
      `\`npm run bench:timing\` (${new Date().toISOString().slice(0, 10)}): every response of every stretch and routine at both paces,`,
      `rendered with espeak-ng at ${WORDS_PER_MINUTE} words a minute and measured with sox (${texts.size} distinct lines, ${all.length} responses).`,
      `The slower pace is spoken at ${espeakInput(`<speak><prosody rate="${SLOWER_PROSODY_RATE}">x</prosody></speak>`).wordsPerMinute} words a minute (its ${SLOWER_PROSODY_RATE}) without the prosody element: espeak-ng mis-times a break`,
      'next to a prosody rate change (a 5 s break after a one-sentence run inside it plays 6.5 s, after a two-sentence run it closes, 3.9 s),',
      "where SSML makes a break's time absolute. The skill's own SSML keeps every break outside the prosody, so no voice can stretch a hold.",
      '',
      '| pace | responses | estimate error per response, mean | within 5 % | holds | hold length vs target | within 5 % | countdown start error, worst | within 1 s | pieces vs whole audio, worst |',
      '|---|---|---|---|---|---|---|---|---|---|',
      ...rows,
      '',
      ...(offResponses.length > 0
        ? [
            'Responses whose estimate is more than 5 % off the whole response as rendered:',
            '',
            '| pace | response | estimated | rendered | its lines and pauses added up | off by |',
            '|---|---|---|---|---|---|',
            ...offRows,
            '',
          ]
        : []),
      ...(late.length > 0
        ? [
            'Holds whose countdown starts more than 1 s from the spoken "Hold" (+ = the screen is late):',
            '',
            '| pace | response | hold | countdown starts | "Hold" ends in the audio | off by |',
            '|---|---|---|---|---|---|',
            ...lateRows,
            '',
          ]
        : []),
      '### Echo Show speaking the narration itself (the default on screens)',
      '',
      'Each piece the document speaks (`lambda/responses/apl-speech.ts`: the response cut at its holds) rendered on its own, as each',
      'SpeakItem is, and played one after the other: a countdown starts when the piece ending with "Hold." has played (a leading',
      'break espeak-ng drops is added back; + = the screen starts late). Measured two ways: against where "Hold" ends in the whole',
      'response rendered in one go (what a speaker plays), and against where it ends in the pieces as the screen plays them (what',
      'the person in front of the screen hears: there the error is the voice\'s quiet after "Hold." only, and does not add up).',
      'The first grows through a long response by the quiet at each boundary between pieces, which the screen also waits out.',
      `${notSpoken} responses with holds are not spoken by the screen (audio chimes, or too long) and keep the estimate above.`,
      '',
      '| pace | responses | holds | vs whole audio, worst | mean | within 1 s | vs the pieces played, worst | within 1 s |',
      '|---|---|---|---|---|---|---|---|',
      ...spokenRows,
      '',
      ...(spokenLate.length > 0
        ? [
            'Holds the speaking screen starts more than 1 s from the spoken "Hold":',
            '',
            '| pace | response | hold | countdown starts | "Hold" ends in the audio | off by |',
            '|---|---|---|---|---|---|',
            ...spokenLate.map((row) => `| ${row.pace} | ${row.response} | ${row.target} s | ${row.startSpoken.toFixed(2)} s | ${row.holdSaid.toFixed(2)} s | ${(row.startSpoken - row.holdSaid).toFixed(2)} s |`),
            '',
          ]
        : []),
      'Speech-time model (`skill/narration/speech-time.ts`) in use / refitted from these measurements (`fitCountdown`: the lines and every hold start), in seconds:',
      '',
      '| pace | per letter | per syllable | per word | between sentences | per comma | onset per line | quiet after a line |',
      '|---|---|---|---|---|---|---|---|',
      ...model,
      '',
      'Hold lengths are their pauses plus their cues as spoken; the countdown start is where the estimate-timed Echo Show',
      'countdown begins (the fallback, `holdStarts`: the first hold after the estimate of everything before it, each later one at',
      'the previous hold\'s end plus the estimate of what is said between) against the same point in',
      'the measured audio. "Pieces vs whole audio" checks that adding up the measured lines and pauses gives',
      'the whole response as rendered in one go.',
      END,
    ].join('\n');
    return { markdown, fits, lineFits, lines: [...lines.values()], holds, lateStarts: holds.filter((h) => Math.abs(h.startEstimated - h.startMeasured) > 1), spokenHolds: screenSpoken };
  } finally {
    renderer.close();
  }
}

export function writeTimingSection(markdown: string): void {
  let text = '';
  try {
    text = readFileSync(BENCHMARKS, 'utf8');
  } catch {
    text = '# Benchmarks\n';
  }
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  const updated = start >= 0 && end > start ? `${text.slice(0, start)}${markdown}${text.slice(end + END.length)}` : `${text.trimEnd()}\n\n${markdown}\n`;
  writeFileSync(BENCHMARKS, updated);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const report = await runTiming();
  process.stdout.write(`${report.markdown}\n`);
  for (const f of [...report.fits, ...report.lineFits.map((l) => ({ ...l, pace: `${l.pace} (per line)` }))]) {
    const { pace, ...model } = f;
    process.stdout.write(`fit ${pace}: ${JSON.stringify(Object.fromEntries(Object.entries(model).map(([k, v]) => [k, Number(v.toFixed(4))])))}\n`);
  }
  writeTimingSection(report.markdown);
  // The measured lines, for a closer look at the figures without rendering again (not committed).
  const dump = fileURLToPath(new URL('../.local/bench-timing-lines.json', import.meta.url));
  mkdirSync(dirname(dump), { recursive: true });
  writeFileSync(dump, JSON.stringify({ lines: report.lines, holds: report.holds, spokenHolds: report.spokenHolds }, null, 1));
}
