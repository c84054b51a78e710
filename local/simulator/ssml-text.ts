/**
 * Turns the SSML Alexa would speak into readable text for the terminal: words as they would be
 * said, "[pause 10s]" for breaks, "[chime]" for soundbank audio. Also estimates how long it
 * takes to hear, for the simulator's --realtime mode.
 */

export type SpeechPiece =
  | { kind: 'text'; text: string; /** Speech-rate factor from <prosody rate> (1 = normal). */ rate: number }
  | { kind: 'pause'; seconds: number }
  | { kind: 'audio'; src: string };

/** Alexa's named break strengths, in seconds (approximate). */
const STRENGTH_SECONDS: Record<string, number> = {
  none: 0,
  'x-weak': 0.1,
  weak: 0.25,
  medium: 0.5,
  strong: 0.75,
  'x-strong': 1,
};

const RATE_FACTORS: Record<string, number> = { 'x-slow': 0.6, slow: 0.8, medium: 1, fast: 1.2, 'x-fast': 1.4 };

/** Pauses shorter than this are not shown as "[pause]" (they read as punctuation). */
const SHOWN_PAUSE_SECONDS = 1;

/** Normal speaking speed, words per second (about 150 words a minute). */
export const WORDS_PER_SECOND = 2.5;
/** How long a soundbank chime lasts, roughly. */
export const CHIME_SECONDS = 1.5;

function decodeEntities(text: string): string {
  // Every entity starts with "&": most text has none.
  if (!text.includes('&')) return text;
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

/** An attribute's pattern, made once per name. */
const attributePatterns = new Map<string, RegExp>();

function attribute(tag: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) attributePatterns.set(name, (pattern = new RegExp(`${name}\\s*=\\s*("([^"]*)"|'([^']*)')`)));
  const match = pattern.exec(tag);
  return match ? decodeEntities(match[2] ?? match[3] ?? '') : undefined;
}

/** "10s", "500ms", "1.5s" -> seconds. */
export function parseDuration(value: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s)\s*$/i.exec(value);
  if (!match) return undefined;
  const amount = Number(match[1]);
  return match[2]?.toLowerCase() === 'ms' ? amount / 1000 : amount;
}

function rateFactor(rate: string | undefined): number {
  if (!rate) return 1;
  if (rate in RATE_FACTORS) return RATE_FACTORS[rate] ?? 1;
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(rate.trim());
  return percent ? Number(percent[1]) / 100 : 1;
}

function tagName(tag: string): string {
  return /^<\/?\s*([\w:.-]+)/.exec(tag)?.[1]?.toLowerCase() ?? '';
}

/** SSML -> a sequence of spoken text, pauses and audio. Unknown tags keep their text. */
export function ssmlToPieces(ssml: string): SpeechPiece[] {
  const pieces: SpeechPiece[] = [];
  const rates: number[] = [1];
  let subDepth = 0;
  const currentRate = () => rates[rates.length - 1] ?? 1;
  const addText = (text: string) => {
    if (text.trim() === '') {
      if (text !== '') pieces.push({ kind: 'text', text: ' ', rate: currentRate() });
      return;
    }
    pieces.push({ kind: 'text', text, rate: currentRate() });
  };

  for (const token of ssml.match(/<[^>]*>|[^<]+/g) ?? []) {
    if (!token.startsWith('<')) {
      if (subDepth === 0) addText(decodeEntities(token));
      continue;
    }
    const name = tagName(token);
    const closing = token.startsWith('</');
    const selfClosing = token.endsWith('/>');
    switch (name) {
      case 'break': {
        const time = attribute(token, 'time');
        const seconds = time !== undefined ? parseDuration(time) : STRENGTH_SECONDS[attribute(token, 'strength') ?? 'medium'];
        if (seconds !== undefined && seconds > 0) pieces.push({ kind: 'pause', seconds });
        break;
      }
      case 'audio':
        if (!closing) pieces.push({ kind: 'audio', src: attribute(token, 'src') ?? '' });
        break;
      case 'prosody':
        if (closing) {
          if (rates.length > 1) rates.pop();
        } else if (!selfClosing) rates.push(currentRate() * rateFactor(attribute(token, 'rate')));
        break;
      case 'sub':
        if (closing) subDepth = Math.max(0, subDepth - 1);
        else {
          addText(attribute(token, 'alias') ?? '');
          if (!selfClosing) subDepth++;
        }
        break;
      case 'p':
      case 's':
        // Sentence and paragraph edges: keep words apart.
        addText(' ');
        break;
      default:
        break;
    }
  }
  return mergePieces(pieces);
}

function mergePieces(pieces: SpeechPiece[]): SpeechPiece[] {
  const merged: SpeechPiece[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (piece.kind === 'text' && last?.kind === 'text' && last.rate === piece.rate) {
      last.text += piece.text;
    } else if (piece.kind === 'pause' && last?.kind === 'pause') {
      last.seconds += piece.seconds;
    } else if (piece.kind === 'pause' && last?.kind === 'text' && last.text.trim() === '' && merged[merged.length - 2]?.kind === 'pause') {
      // "<break/> <break/>": whitespace between two breaks is no speech.
      merged.pop();
      const before = merged[merged.length - 1];
      if (before?.kind === 'pause') before.seconds += piece.seconds;
    } else {
      merged.push({ ...piece });
    }
  }
  return merged;
}

function formatSeconds(seconds: number): string {
  const rounded = Math.round(seconds * 10) / 10;
  return Number.isInteger(rounded) ? `${rounded}s` : `${rounded.toFixed(1)}s`;
}

/** How an audio tag reads: soundbank sounds are the coach's chimes. */
export function audioLabel(src: string): string {
  return src.startsWith('soundbank://') ? '[chime]' : '[audio]';
}

/** Readable text: "Breathe in. [pause 10s] Halfway there. [chime]". */
export function piecesToText(pieces: readonly SpeechPiece[]): string {
  const parts: string[] = [];
  for (const piece of pieces) {
    if (piece.kind === 'text') parts.push(piece.text);
    else if (piece.kind === 'audio') parts.push(` ${audioLabel(piece.src)} `);
    else if (piece.seconds >= SHOWN_PAUSE_SECONDS) parts.push(` [pause ${formatSeconds(piece.seconds)}] `);
    else parts.push(' ');
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

export function ssmlToText(ssml: string): string {
  return piecesToText(ssmlToPieces(ssml));
}

/** Words in a text piece, for timing. */
function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Estimated seconds to say a text piece at its rate. */
export function speechSeconds(piece: Extract<SpeechPiece, { kind: 'text' }>): number {
  return wordCount(piece.text) / (WORDS_PER_SECOND * piece.rate);
}

/** Estimated seconds to hear all pieces: speech, pauses and chimes. */
export function estimateSeconds(pieces: readonly SpeechPiece[]): number {
  let total = 0;
  for (const piece of pieces) {
    if (piece.kind === 'text') total += speechSeconds(piece);
    else if (piece.kind === 'pause') total += piece.seconds;
    else total += CHIME_SECONDS;
  }
  return total;
}
