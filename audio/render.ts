/**
 * The rendering pipeline, the same for every engine and store: render the clips a stream
 * needs that are not rendered yet (named by a hash of text, voice and pace, so unchanged
 * clips are never synthesized again), measure each one from its frames, plan the stream from
 * those measurements, and join each track's clips and silences into one MP3 file.
 */
import { CHIME_CLIP_ID, clipsFor } from '../skill/audio/clips';
import { joinMp3, mp3DurationMs, type StreamPiece } from '../skill/audio/mp3';
import { planAudio } from '../skill/audio/plan';
import { parseRecipe, recipeOf, type RecipePiece } from '../skill/audio/recipe';
import { streamSources, type StreamOptions } from '../skill/audio/sources';
import type { AudioPlan, AudioTrack, ClipDurations, ClipRequest } from '../skill/audio/types';
import type { Timeline } from '../skill/narration/types';
import type { Pace } from '../skill/narration/speech-time';
import { chimeMp3 } from './chime';
import { STREAM_FRAME_MS, type SpeechEngine } from './engine';
import { clipKey, indexKey, trackKey, type AudioStore } from './store';

export interface RenderStats {
  clipsRendered: number;
  charactersRendered: number;
  clipsReused: number;
  tracksWritten: number;
  tracksReused: number;
  bytesWritten: number;
}

export function emptyStats(): RenderStats {
  return { clipsRendered: 0, charactersRendered: 0, clipsReused: 0, tracksWritten: 0, tracksReused: 0, bytesWritten: 0 };
}

export interface RenderContext {
  engine: SpeechEngine;
  store: AudioStore;
  /** Clips rendered at once (the machine's cores, or Polly's rate limit). */
  concurrency?: number;
  stats?: RenderStats;
  /** A clip index already loaded (a deployment renders many streams, then saves it once). */
  index?: Record<string, number>;
}

export async function loadClipIndex(store: AudioStore, engine: SpeechEngine): Promise<Record<string, number>> {
  const bytes = await store.get(indexKey(engine.voice.engine, engine.voice.voice));
  if (!bytes) return {};
  try {
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(
      Object.entries(parsed as Record<string, unknown>).filter((e): e is [string, number] => typeof e[1] === 'number' && e[1] > 0),
    );
  } catch {
    return {};
  }
}

export async function saveClipIndex(store: AudioStore, engine: SpeechEngine, index: ClipDurations): Promise<void> {
  const sorted = Object.fromEntries(Object.entries(index).sort(([a], [b]) => a.localeCompare(b)));
  await store.put(indexKey(engine.voice.engine, engine.voice.voice), new TextEncoder().encode(JSON.stringify(sorted)), 'application/json');
}

async function inBatches<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(size, items.length)) }, async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await work(item);
    }
  });
  await Promise.all(workers);
}

/** Renders the clips not in the index yet; resolves with the (updated) measured durations. */
export async function ensureClips(clips: readonly ClipRequest[], ctx: RenderContext): Promise<Record<string, number>> {
  const stats = ctx.stats ?? emptyStats();
  const index = ctx.index ?? (await loadClipIndex(ctx.store, ctx.engine));
  const missing = clips.filter((clip) => index[clip.id] === undefined);
  stats.clipsReused += clips.length - missing.length;
  await inBatches(missing, ctx.concurrency ?? 2, async (clip) => {
    const bytes = clip.kind === 'chime' ? chimeMp3() : await ctx.engine.synthesize(clip.text, clip.pace);
    const durationMs = mp3DurationMs(bytes); // measured from the clip's own frames
    await ctx.store.put(clipKey(clip.id), bytes, 'audio/mpeg');
    index[clip.id] = durationMs;
    stats.clipsRendered += 1;
    stats.charactersRendered += clip.text.length;
    stats.bytesWritten += bytes.length;
  });
  if (missing.length > 0 && !ctx.index) await saveClipIndex(ctx.store, ctx.engine, index);
  return index;
}

/**
 * An MP3 from a recipe's pieces: clips from the store, silences as silent frames, joined frame
 * by frame. Resolves with undefined when a clip is not in the store.
 */
export async function joinRecipe(pieces: readonly RecipePiece[], store: AudioStore): Promise<Uint8Array | undefined> {
  const clips = new Map<string, Uint8Array | undefined>();
  const ids = [...new Set(pieces.flatMap((p) => ('clipId' in p ? [p.clipId] : [])))];
  await Promise.all(
    ids.map(async (id) => {
      const stored = await store.get(clipKey(id));
      clips.set(id, stored ?? (id === CHIME_CLIP_ID ? chimeMp3() : undefined));
    }),
  );
  const out: StreamPiece[] = [];
  for (const piece of pieces) {
    if ('silenceFrames' in piece) {
      out.push(piece);
      continue;
    }
    const clip = clips.get(piece.clipId);
    if (!clip) return undefined;
    out.push({ clip });
  }
  return joinMp3(out);
}

/** One track's MP3: its clips and silences joined frame by frame. */
export async function assembleTrack(track: AudioTrack, store: AudioStore): Promise<Uint8Array> {
  const pieces = parseRecipe(recipeOf(track.parts, { frameMs: STREAM_FRAME_MS }));
  const bytes = pieces && (await joinRecipe(pieces, store));
  if (!bytes) throw new Error(`Track ${track.file}: a clip is in the index but not in the store`);
  return bytes;
}

/** Writes the tracks whose files are missing. */
export async function writeTracks(plan: AudioPlan, ctx: RenderContext): Promise<void> {
  const stats = ctx.stats ?? emptyStats();
  for (const track of plan.tracks) {
    if (await ctx.store.has(trackKey(track.file))) {
      stats.tracksReused += 1;
      continue;
    }
    const bytes = await assembleTrack(track, ctx.store);
    await ctx.store.put(trackKey(track.file), bytes, 'audio/mpeg');
    stats.tracksWritten += 1;
    stats.bytesWritten += bytes.length;
  }
}

/** Everything a stream needs, rendered and joined; resolves with its plan. */
export async function renderStream(
  timeline: Timeline,
  pace: Pace,
  options: StreamOptions,
  ctx: RenderContext,
): Promise<AudioPlan> {
  const sources = streamSources(timeline, options);
  const clips = clipsFor(sources.flatMap((s) => s.events), ctx.engine.voice, pace);
  const durations = await ensureClips(clips, ctx);
  const plan = planAudio(sources, { voice: ctx.engine.voice, pace, rules: options.texts?.language, durations, grid: { frameMs: STREAM_FRAME_MS } });
  await writeTracks(plan, ctx);
  return plan;
}
