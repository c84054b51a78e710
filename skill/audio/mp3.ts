/**
 * Just enough MP3 to build streams without an encoder: read frame headers (to measure a
 * clip exactly: frames x samples per frame), drop ID3 tags and the Xing/Info frame, make
 * silent frames, and join clips and silences frame by frame. Works on the bytes of any
 * constant-sample-rate MPEG audio Layer III stream (Polly's MP3 and ffmpeg's libmp3lame
 * output alike). Pure: Uint8Array in, Uint8Array out.
 *
 * Joining at frame boundaries is safe because each clip's first frame never borrows bits
 * from an earlier frame (main_data_begin is 0 at the start of an encoding), and a silent
 * frame carries no main data at all.
 */

export interface FrameHeader {
  /** 1 (MPEG-1), 2 (MPEG-2) or 2.5. */
  version: 1 | 2 | 2.5;
  bitrateKbps: number;
  sampleRate: number;
  channels: 1 | 2;
  padding: boolean;
  /** Bytes in the whole frame, header included. */
  length: number;
  samples: number;
  crc: boolean;
}

const BITRATES_V1 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const BITRATES_V2 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const SAMPLE_RATES: Record<string, readonly number[]> = {
  '1': [44100, 48000, 32000],
  '2': [22050, 24000, 16000],
  '2.5': [11025, 12000, 8000],
};

export function parseFrameHeader(bytes: Uint8Array, at: number): FrameHeader | undefined {
  if (at + 4 > bytes.length) return undefined;
  const b1 = bytes[at + 1]!;
  const b2 = bytes[at + 2]!;
  const b3 = bytes[at + 3]!;
  if (bytes[at] !== 0xff || (b1 & 0xe0) !== 0xe0) return undefined;
  const versionBits = (b1 >> 3) & 3;
  const layerBits = (b1 >> 1) & 3;
  if (versionBits === 1 || layerBits !== 1) return undefined; // reserved version, or not Layer III
  const version: FrameHeader['version'] = versionBits === 3 ? 1 : versionBits === 2 ? 2 : 2.5;
  const bitrateIndex = b2 >> 4;
  const rateIndex = (b2 >> 2) & 3;
  if (bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) return undefined;
  const bitrateKbps = (version === 1 ? BITRATES_V1 : BITRATES_V2)[bitrateIndex]!;
  const sampleRate = SAMPLE_RATES[String(version)]![rateIndex]!;
  const padding = ((b2 >> 1) & 1) === 1;
  const samples = version === 1 ? 1152 : 576;
  const length = Math.floor(((samples / 8) * bitrateKbps * 1000) / sampleRate) + (padding ? 1 : 0);
  return { version, bitrateKbps, sampleRate, channels: b3 >> 6 === 3 ? 1 : 2, padding, length, samples, crc: (b1 & 1) === 0 };
}

function id3v2Length(bytes: Uint8Array): number {
  if (bytes.length < 10 || bytes[0] !== 0x49 || bytes[1] !== 0x44 || bytes[2] !== 0x33) return 0;
  const size = ((bytes[6]! & 0x7f) << 21) | ((bytes[7]! & 0x7f) << 14) | ((bytes[8]! & 0x7f) << 7) | (bytes[9]! & 0x7f);
  const footer = (bytes[5]! & 0x10) !== 0 ? 10 : 0;
  return 10 + size + footer;
}

function sideInfoLength(header: FrameHeader): number {
  if (header.version === 1) return header.channels === 1 ? 17 : 32;
  return header.channels === 1 ? 9 : 17;
}

/** A Xing/Info/VBRI frame describes the stream and carries no audio of its own. */
function isInfoFrame(bytes: Uint8Array, at: number, header: FrameHeader): boolean {
  const tagAt = at + 4 + (header.crc ? 2 : 0) + sideInfoLength(header);
  const tag = String.fromCharCode(...bytes.subarray(tagAt, tagAt + 4));
  const vbri = String.fromCharCode(...bytes.subarray(at + 36, at + 40));
  return tag === 'Xing' || tag === 'Info' || vbri === 'VBRI';
}

export interface AudioFrames {
  frames: Uint8Array[];
  sampleRate: number;
  samplesPerFrame: number;
  channels: 1 | 2;
}

/** The audio frames of an MP3 file (tags and info frames dropped). Throws on a file with none. */
export function readFrames(bytes: Uint8Array): AudioFrames {
  const frames: Uint8Array[] = [];
  let at = id3v2Length(bytes);
  let first: FrameHeader | undefined;
  while (at < bytes.length) {
    const header = parseFrameHeader(bytes, at);
    if (!header || at + header.length > bytes.length) {
      at += 1; // resynchronise (junk or a trailing ID3v1 tag)
      continue;
    }
    if (first && header.sampleRate !== first.sampleRate) {
      throw new Error(`MP3 changes sample rate (${first.sampleRate} -> ${header.sampleRate} Hz)`);
    }
    if (!(frames.length === 0 && isInfoFrame(bytes, at, header))) frames.push(bytes.subarray(at, at + header.length));
    first ??= header;
    at += header.length;
  }
  if (!first || frames.length === 0) throw new Error('No MP3 audio frames found');
  return { frames, sampleRate: first.sampleRate, samplesPerFrame: first.samples, channels: first.channels };
}

/** Milliseconds one frame lasts. */
export function frameMsOf(audio: Pick<AudioFrames, 'sampleRate' | 'samplesPerFrame'>): number {
  return (audio.samplesPerFrame * 1000) / audio.sampleRate;
}

/** The measured length of an MP3 clip in milliseconds (whole frames; what a decoder plays). */
export function mp3DurationMs(bytes: Uint8Array): number {
  const audio = readFrames(bytes);
  return audio.frames.length * frameMsOf(audio);
}

/**
 * One silent frame shaped like `like`: the same header (no CRC, no padding) and all-zero
 * side information, so it decodes to silence and borrows nothing.
 */
export function silentFrame(like: Uint8Array): Uint8Array {
  const header = parseFrameHeader(like, 0);
  if (!header) throw new Error('Not an MP3 frame');
  const unpadded = { ...header, padding: false };
  const length = Math.floor(((unpadded.samples / 8) * unpadded.bitrateKbps * 1000) / unpadded.sampleRate);
  const frame = new Uint8Array(length);
  frame.set(like.subarray(0, 4));
  frame[1] = frame[1]! | 1; // no CRC
  frame[2] = frame[2]! & ~0x02; // no padding
  return frame;
}

export type StreamPiece = { clip: Uint8Array } | { silenceFrames: number };

/** Joins clips and silences into one MP3 stream; every clip must share one sample rate. */
export function joinMp3(pieces: readonly StreamPiece[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  let silence: Uint8Array | undefined;
  let sampleRate: number | undefined;
  const pendingSilence: number[] = [];
  const flushSilence = () => {
    for (const count of pendingSilence.splice(0)) for (let i = 0; i < count; i += 1) chunks.push(silence!);
  };
  for (const piece of pieces) {
    if ('silenceFrames' in piece) {
      if (silence) {
        for (let i = 0; i < piece.silenceFrames; i += 1) chunks.push(silence);
      } else pendingSilence.push(piece.silenceFrames);
      continue;
    }
    const audio = readFrames(piece.clip);
    if (sampleRate !== undefined && audio.sampleRate !== sampleRate) {
      throw new Error(`Clips differ in sample rate (${sampleRate} vs ${audio.sampleRate} Hz)`);
    }
    sampleRate = audio.sampleRate;
    if (!silence) {
      silence = silentFrame(audio.frames[0]!);
      flushSilence();
    }
    chunks.push(...audio.frames);
  }
  if (!silence && pendingSilence.length > 0) throw new Error('A stream of silence only needs a clip to take its format from');
  const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
