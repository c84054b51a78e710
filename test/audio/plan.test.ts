/**
 * The pure parts of the hands-free stream: planning from measured clip lengths (a hold keeps
 * its target whatever the voice's speed), where a resume lands, tokens, MP3 frames and the
 * playback state's normalising and merging.
 */
import { describe, expect, it } from 'vitest';
import { clipIdOf, clipsFor, sentencesOf } from '../../skill/audio/clips';
import { joinMp3, mp3DurationMs, parseFrameHeader, readFrames, silentFrame } from '../../skill/audio/mp3';
import { MissingClipError, planTrack, type TrackSource } from '../../skill/audio/plan';
import { mergePlayback, normalizePlayback, type PlaybackState } from '../../skill/audio/playback-state';
import { parseTrackToken, resumeOffsetMs, trackToken } from '../../skill/audio/position';
import { isRoutineId, isStretchId } from '../../skill/catalog/index';
import { DEFAULT_PREFERENCES } from '../../skill/catalog/types';
import { durationOf } from '../../skill/narration/duration';
import type { TimelineEvent } from '../../skill/narration/types';

const voice = { engine: 'test', voice: 'v' };
const grid = { frameMs: 24 };

const hold: TimelineEvent[] = [
  { type: 'say', text: 'Hold.', role: 'instruction' },
  { type: 'holdStart', targetSeconds: 30, label: 'A hold' },
  { type: 'pause', seconds: 7.5, purpose: 'hold' },
  { type: 'say', text: 'Halfway there.', role: 'cue' },
  { type: 'pause', seconds: 6.1, purpose: 'hold' },
  { type: 'say', text: 'Five more seconds.', role: 'cue' },
  { type: 'pause', seconds: 3.5, purpose: 'hold' },
  { type: 'holdEnd' },
  { type: 'say', text: 'And release. Breathe out.', role: 'cue' },
];
const source: TrackSource = { id: 's', title: 'S', events: hold };

function durations(ms: number): Record<string, number> {
  return Object.fromEntries(clipsFor(hold, voice, 'normal').map((c) => [c.id, ms]));
}

describe('planning a track from measured clips', () => {
  it('keeps a hold at its target whether the voice is quick or slow', () => {
    for (const clipMs of [480, 1200, 2400]) {
      const track = planTrack(source, 0, { voice, pace: 'normal', durations: durations(clipMs), grid });
      const [only] = track.holds;
      expect(Math.abs(only!.endMs - only!.startMs - 30_000)).toBeLessThanOrEqual(12);
    }
  });

  it('starts each cue inside a hold where the narration placed it, whatever the voice took for the cue before', () => {
    // Where the timeline says each cue starts, from the hold's start: the pauses and the
    // estimate of every cue before it, as the compiler adds them (a cue before a pause has no
    // quiet of its own).
    const placed: Record<string, number> = {};
    const inside = hold.slice(hold.findIndex((e) => e.type === 'holdStart'));
    inside.forEach((event, i) => {
      if (event.type === 'say') placed[event.text] = durationOf(inside.slice(0, i), 'normal');
    });
    for (const clipMs of [480, 2400]) {
      const track = planTrack(source, 0, { voice, pace: 'normal', durations: durations(clipMs), grid });
      const start = track.holds[0]!.startMs;
      for (const cue of ['Halfway there.', 'Five more seconds.']) {
        const part = track.parts.find((p) => p.kind === 'clip' && p.text === cue)!;
        expect(Math.abs(part.startMs - start - placed[cue]! * 1000), `${cue} with ${clipMs} ms clips`).toBeLessThanOrEqual(24);
      }
    }
  });

  it('splits lines into sentence clips with a short gap, and every silence is whole frames', () => {
    expect(sentencesOf('And release. Breathe out.')).toEqual(['And release.', 'Breathe out.']);
    const track = planTrack(source, 0, { voice, pace: 'normal', durations: durations(600), grid });
    const texts = track.parts.flatMap((p) => (p.kind === 'clip' ? [p.text] : []));
    expect(texts.slice(-2)).toEqual(['And release.', 'Breathe out.']);
    for (const part of track.parts) expect(part.durationMs % 24).toBe(0);
  });

  it('refuses to plan with a clip that was never measured', () => {
    expect(() => planTrack(source, 0, { voice, pace: 'normal', durations: {}, grid })).toThrow(MissingClipError);
  });

  it('names a clip by text, voice and pace', () => {
    expect(clipIdOf('Hold.', voice, 'normal')).not.toBe(clipIdOf('Hold.', voice, 'slower'));
    expect(clipIdOf('Hold.', voice, 'normal')).not.toBe(clipIdOf('Hold.', { ...voice, voice: 'w' }, 'normal'));
    expect(clipIdOf('Hold.', voice, 'normal')).toBe(clipIdOf('Hold.', { ...voice }, 'normal'));
  });
});

describe('resuming', () => {
  const track = planTrack(source, 0, { voice, pace: 'normal', durations: durations(1000), grid });
  const halfway = track.parts.find((p) => p.kind === 'clip' && p.text === 'Halfway there.')!;

  it('inside a silence: the same millisecond; inside a sentence: its start', () => {
    expect(resumeOffsetMs(track, halfway.startMs - 2000)).toBe(halfway.startMs - 2000);
    expect(resumeOffsetMs(track, halfway.startMs + 700)).toBe(halfway.startMs);
    expect(resumeOffsetMs(track, -5)).toBe(0);
    expect(resumeOffsetMs(track, track.durationMs + 999)).toBe(track.durationMs);
  });

  it('tokens name the play and the track, and nothing else parses', () => {
    expect(parseTrackToken(trackToken('abc123', 7))).toEqual({ playId: 'abc123', index: 7 });
    for (const bad of ['hf1.abc', 'x.abc.1', 'hf1.a b.1', 42, undefined]) expect(parseTrackToken(bad)).toBeUndefined();
  });
});

describe('MP3 frames', () => {
  const frame = (padding: boolean) => {
    const bytes = new Uint8Array(padding ? 145 : 144);
    bytes.set([0xff, 0xf3, padding ? 0x66 : 0x64, 0xc4]);
    return bytes;
  };

  it('reads MPEG-2 Layer III headers (24 kHz, 48 kbps, mono) and measures by frames', () => {
    expect(parseFrameHeader(frame(false), 0)).toMatchObject({ sampleRate: 24000, bitrateKbps: 48, channels: 1, length: 144, samples: 576 });
    const clip = new Uint8Array([...frame(false), ...frame(true), ...frame(false)]);
    expect(readFrames(clip).frames).toHaveLength(3);
    expect(mp3DurationMs(clip)).toBe(72);
  });

  it('joins clips and silent frames; a silent frame has empty side information', () => {
    const clip = new Uint8Array([...frame(false), ...frame(false)]);
    const silent = silentFrame(clip);
    expect(silent.length).toBe(144);
    expect([...silent.subarray(4)].every((b) => b === 0)).toBe(true);
    const joined = joinMp3([{ silenceFrames: 2 }, { clip }, { silenceFrames: 3 }, { clip }]);
    expect(mp3DurationMs(joined)).toBe(9 * 24);
    expect(() => joinMp3([{ silenceFrames: 3 }])).toThrow();
  });
});

describe('the playback state', () => {
  const ids = { isRoutineId, isStretchId, preferences: () => DEFAULT_PREFERENCES };
  const current = {
    playId: 'p1',
    kind: 'routine',
    id: 'bedtime',
    variant: 'standard',
    preferences: DEFAULT_PREFERENCES,
    excluded: ['cat-cow', 'nonsense'],
    withSafety: true,
    trackIndex: 3,
    offsetMs: 1234.9,
    status: 'paused',
    updatedAt: '2026-03-02T08:00:00.000Z',
  };

  it('keeps what is valid and drops what is not', () => {
    expect(normalizePlayback(undefined, ids)).toBeUndefined();
    const normal = normalizePlayback({ explained: true, defaultMode: 'handsfree', current, failureNotice: { kind: 'stretch', id: 'nope' } }, ids)!;
    expect(normal).toEqual({ explained: true, defaultMode: 'handsfree', current: { ...current, excluded: ['cat-cow'], offsetMs: 1234 } });
    expect(normalizePlayback({ current: { ...current, id: 'unknown' }, defaultMode: 'loud' }, ids)).toEqual({ explained: false });
  });

  it('merges: a field this turn changed wins, the others keep the fresher value', () => {
    const loaded: PlaybackState = { explained: true };
    const fresh: PlaybackState = { explained: true, defaultMode: 'handsfree' };
    const mine: PlaybackState = { explained: true, current: normalizePlayback({ current }, ids)!.current! };
    expect(mergePlayback(fresh, loaded, mine)).toEqual({ explained: true, defaultMode: 'handsfree', current: mine.current });
    expect(mergePlayback(fresh, loaded, loaded)).toEqual(fresh);
  });
});
