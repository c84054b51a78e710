/**
 * A timeline as audio: ordered speech clips and silences per track (one track per timeline
 * segment: one stretch or one side), with exact offsets. Offsets come from the MEASURED
 * length of every rendered clip (never from a speech-rate estimate), so holds last their
 * target in the real stream.
 */
import type { Side, StretchId } from '../catalog/types';
import type { PausePurpose, SayRole } from '../narration/types';
import type { Pace } from '../narration/speech-time';

/** Which synthesizer and voice made a clip: part of every clip's id. */
export interface VoiceSettings {
  /** e.g. "espeak-ng" locally, "polly-neural" in the cloud. */
  engine: string;
  /** e.g. "en-us" (espeak-ng) or "Joanna" (Polly). */
  voice: string;
}

/** One clip to render: a sentence (or the chime) at a pace, in a voice. */
export interface ClipRequest {
  /** Hash of engine, voice, pace and text: the clip's file name without extension. */
  id: string;
  /** Empty for the chime. */
  text: string;
  pace: Pace;
  kind: 'speech' | 'chime';
}

/** Measured clip lengths in milliseconds, by clip id (from the decoded, rendered clips). */
export type ClipDurations = Readonly<Record<string, number>>;

export type ClipRole = SayRole | 'chime';
export type SilencePurpose = PausePurpose | 'sentence';

export type AudioPart =
  | { kind: 'clip'; clipId: string; text: string; role: ClipRole; startMs: number; durationMs: number }
  | { kind: 'silence'; purpose: SilencePurpose; startMs: number; durationMs: number };

/** A timed hold as it sits in the track. */
export interface AudioHold {
  label: string;
  targetSeconds: number;
  startMs: number;
  endMs: number;
}

export interface AudioTrack {
  index: number;
  /** The timeline segment's id, or "opening" / "closing". */
  segmentId: string;
  title: string;
  stretchId?: StretchId;
  side?: Side;
  parts: AudioPart[];
  durationMs: number;
  holds: AudioHold[];
  /** Content hash of the parts: the track's file is `${file}.mp3`; unchanged tracks keep their name. */
  file: string;
}

export interface AudioPlan {
  tracks: AudioTrack[];
  durationMs: number;
}

/** The stream's frame grid: every silence and every clip is a whole number of frames. */
export interface FrameGrid {
  /** Milliseconds per audio frame (MPEG-2 Layer III at 24 kHz: 576 samples = 24 ms). */
  frameMs: number;
}
