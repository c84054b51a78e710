/**
 * Deploy-time rendering: every sentence any stream can say (every routine with any stretches
 * left out, every version, every progression step and gentle day, under every preference:
 * hold length x pace x cue style; audio/every-stream.ts), and the tracks of every routine and
 * single stretch as they start by default (standard, nothing left out), with and without the
 * safety line, joined ahead. Any other track is joined from the clips at request time
 * (/audio/joined/). Clips already rendered (same text, voice and pace) are reused, so a deploy
 * that changes one sentence synthesizes one clip. Writes the clip index and the list of
 * published tracks, which the skill plans from (createPublishedLibrary).
 */
import { clipsFor, speechClip } from '../skill/audio/clips';
import { streamSources } from '../skill/audio/sources';
import type { ClipRequest, VoiceSettings } from '../skill/audio/types';
import { ROUTINE_IDS, STRETCH_IDS, type Preferences, type RoutineId, type StretchId } from '../skill/catalog/types';
import { compileRoutine, compileStretch } from '../skill/narration/index';
import type { Timeline, TimelineEvent } from '../skill/narration/types';
import { forEveryStreamPiece } from './every-stream';
import { emptyStats, ensureClips, loadClipIndex, renderStream, saveClipIndex, type RenderContext, type RenderStats } from './render';
import { publishedKey, type AudioStore } from './store';

export type DeployTarget = { kind: 'routine'; id: RoutineId; preferences: Preferences } | { kind: 'stretch'; id: StretchId; preferences: Preferences };

export function allPreferences(): Preferences[] {
  const out: Preferences[] = [];
  for (const holdLength of ['standard', 'shorter', 'longer'] as const)
    for (const pace of ['normal', 'slower'] as const) for (const cueStyle of ['voice', 'chimes'] as const) out.push({ holdLength, pace, cueStyle });
  return out;
}

export function deployTargets(preferences: readonly Preferences[] = allPreferences()): DeployTarget[] {
  return preferences.flatMap((prefs) => [
    ...ROUTINE_IDS.map((id): DeployTarget => ({ kind: 'routine', id, preferences: prefs })),
    ...STRETCH_IDS.map((id): DeployTarget => ({ kind: 'stretch', id, preferences: prefs })),
  ]);
}

/** The timeline the skill compiles for a fresh play of `target` (standard version, nothing excluded). */
export function timelineOf(target: DeployTarget): Timeline {
  return target.kind === 'routine'
    ? compileRoutine(target.id, { preferences: target.preferences, variant: 'standard', excluded: [] })
    : compileStretch(target.id, { preferences: target.preferences, variant: 'standard' });
}

/** What each clip says, at which pace, before a voice names it (kept per target list: enumerating takes a while). */
const sentencesByTargets = new Map<string, ClipRequest[]>();
const NO_VOICE: VoiceSettings = { engine: '-', voice: '-' };

function deploymentSentences(targets: readonly DeployTarget[]): ClipRequest[] {
  const key = JSON.stringify(targets);
  const known = sentencesByTargets.get(key);
  if (known) return known;
  const clips = new Map<string, ClipRequest>();
  const add = (events: readonly TimelineEvent[], pace: Preferences['pace']) => {
    for (const clip of clipsFor(events, NO_VOICE, pace)) clips.set(clip.id, clip);
  };
  const byPreferences = new Map<string, { preferences: Preferences; routines: RoutineId[]; stretches: StretchId[] }>();
  for (const target of targets) {
    for (const withSafety of [true, false]) add(streamSources(timelineOf(target), { withSafety }).flatMap((s) => s.events), target.preferences.pace);
    const group = byPreferences.get(JSON.stringify(target.preferences)) ?? { preferences: target.preferences, routines: [], stretches: [] };
    if (target.kind === 'routine') group.routines.push(target.id);
    else group.stretches.push(target.id);
    byPreferences.set(JSON.stringify(target.preferences), group);
  }
  for (const { preferences, routines, stretches } of byPreferences.values()) {
    forEveryStreamPiece(preferences, (events) => add(events, preferences.pace), { routines, stretches });
  }
  const sentences = [...clips.values()];
  sentencesByTargets.set(key, sentences);
  return sentences;
}

/**
 * Every distinct clip a deployment needs in `voice` (what Polly would be asked for, before
 * reuse): each sentence the targets' streams can say, with anything left out, in any version.
 */
export function deploymentClips(voice: VoiceSettings, targets: readonly DeployTarget[] = deployTargets()): ClipRequest[] {
  return deploymentSentences(targets).map((clip) => (clip.kind === 'chime' ? clip : speechClip(clip.text, voice, clip.pace)));
}

/** What the skill reads at run time: measured clip lengths and the track files that exist. */
export interface PublishedAudio {
  clips: Record<string, number>;
  tracks: string[];
}

export interface DeploymentResult {
  stats: RenderStats;
  streams: number;
  tracks: number;
}

/** Keeps what was read in memory, so joining a thousand tracks reads each clip once. */
function remembering(store: AudioStore): AudioStore {
  const got = new Map<string, Uint8Array | undefined>();
  return {
    async get(key) {
      if (!got.has(key)) got.set(key, await store.get(key));
      return got.get(key);
    },
    has: (key) => store.has(key),
    async put(key, bytes, contentType) {
      await store.put(key, bytes, contentType);
      if (key.startsWith('clips/')) got.set(key, bytes);
    },
  };
}

export async function renderDeployment(
  ctx: Omit<RenderContext, 'index'>,
  targets: readonly DeployTarget[] = deployTargets(),
): Promise<DeploymentResult> {
  const store = remembering(ctx.store);
  const stats = ctx.stats ?? emptyStats();
  const index = await loadClipIndex(store, ctx.engine);
  await ensureClips(deploymentClips(ctx.engine.voice, targets), { ...ctx, store, stats, index });
  const tracks = new Set<string>();
  let streams = 0;
  for (const target of targets) {
    for (const withSafety of [true, false]) {
      const plan = await renderStream(timelineOf(target), target.preferences.pace, { withSafety }, { ...ctx, store, stats, index });
      for (const track of plan.tracks) tracks.add(track.file);
      streams += 1;
    }
  }
  await saveClipIndex(store, ctx.engine, index);
  const published: PublishedAudio = { clips: index, tracks: [...tracks].sort() };
  await store.put(publishedKey(ctx.engine.voice.engine, ctx.engine.voice.voice), new TextEncoder().encode(JSON.stringify(published)), 'application/json');
  return { stats, streams, tracks: tracks.size };
}
