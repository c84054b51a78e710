/**
 * Hands-free audio figures for `npm run bench`: what a deploy asks Polly for (clips and
 * characters), how long the local engine (espeak-ng) takes to render every clip, the bytes
 * and bitrate of each routine's stream, and how exactly the holds land in the decoded audio.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deploymentClips, deployTargets, timelineOf } from '../audio/deploy';
import { createEspeakEngine } from '../audio/espeak-engine';
import { createFileStore } from '../audio/file-store';
import { DEFAULT_POLLY_VOICE } from '../audio/polly-engine';
import { emptyStats, ensureClips, renderStream } from '../audio/render';
import { trackKey } from '../audio/store';
import { DEFAULT_PREFERENCES, ROUTINE_IDS } from '../skill/catalog/types';
import { decodePcm, holdTolerance, measuredHolds, soundRuns } from '../test/support/decoded-audio';

export interface AudioBench {
  deployClips: number;
  deployCharacters: number;
  espeakClips: number;
  espeakRenderSeconds: number;
  routines: { id: string; seconds: number; bytes: number; kbps: number; tracks: number }[];
  holds: { count: number; within: number; meanErrorMs: number; maxErrorMs: number; worst: string };
}

export async function benchAudio(): Promise<AudioBench> {
  const polly = deploymentClips({ engine: 'polly-neural', voice: DEFAULT_POLLY_VOICE });
  const dir = mkdtempSync(join(tmpdir(), 'bsc-audio-bench-'));
  try {
    const engine = createEspeakEngine();
    const store = createFileStore(dir);
    const espeakClips = deploymentClips(engine.voice, deployTargets());
    const started = performance.now();
    await ensureClips(espeakClips, { engine, store, concurrency: 2, stats: emptyStats() });
    const espeakRenderSeconds = (performance.now() - started) / 1000;

    const routines: AudioBench['routines'] = [];
    const errors: { label: string; errorMs: number; within: boolean }[] = [];
    for (const id of ROUTINE_IDS) {
      const target = { kind: 'routine' as const, id, preferences: DEFAULT_PREFERENCES };
      const plan = await renderStream(timelineOf(target), 'normal', { withSafety: false }, { engine, store });
      let bytes = 0;
      for (const track of plan.tracks) {
        const file = (await store.get(trackKey(track.file)))!;
        bytes += file.length;
        const runs = soundRuns(decodePcm(join(dir, trackKey(track.file))));
        for (const hold of measuredHolds(track, runs)) {
          const errorMs = Math.abs(hold.measured - hold.target) * 1000;
          errors.push({ label: hold.label, errorMs, within: errorMs <= holdTolerance(hold.target) * 1000 });
        }
      }
      const seconds = plan.durationMs / 1000;
      routines.push({ id, seconds, bytes, kbps: (bytes * 8) / 1000 / seconds, tracks: plan.tracks.length });
    }
    const worst = errors.reduce((a, b) => (b.errorMs > a.errorMs ? b : a), { label: '-', errorMs: 0, within: true });
    return {
      deployClips: polly.length,
      deployCharacters: polly.reduce((sum, clip) => sum + clip.text.length, 0),
      espeakClips: espeakClips.length,
      espeakRenderSeconds,
      routines,
      holds: {
        count: errors.length,
        within: errors.filter((e) => e.within).length,
        meanErrorMs: errors.reduce((sum, e) => sum + e.errorMs, 0) / Math.max(1, errors.length),
        maxErrorMs: worst.errorMs,
        worst: worst.label,
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function rows(a: AudioBench): [string, string, string][] {
  return [
    ['clips per deploy (every stream: any stretches left out, every version and progression step, 12 preference sets; Polly)', `${a.deployClips} clips, ${a.deployCharacters.toLocaleString('en-US')} characters`, ''],
    ['render all clips with espeak-ng (2 at a time)', `${a.espeakClips} clips in ${a.espeakRenderSeconds.toFixed(1)} s`, ''],
    ...a.routines.map((r): [string, string, string] => [
      `stream ${r.id} (default preferences)`,
      `${(r.seconds / 60).toFixed(1)} min, ${r.tracks} tracks, ${(r.bytes / 1024 / 1024).toFixed(2)} MB, ${r.kbps.toFixed(1)} kbps`,
      '16-384 kbps',
    ]),
    [
      'holds in the decoded streams',
      `${a.holds.within}/${a.holds.count} within tolerance; mean error ${a.holds.meanErrorMs.toFixed(0)} ms, worst ${a.holds.maxErrorMs.toFixed(0)} ms (${a.holds.worst})`,
      '2 % or 0.5 s',
    ],
  ];
}

export function renderAudioText(a: AudioBench | { unavailable: string }): string {
  if ('unavailable' in a) return `== Hands-free audio\n  unavailable: ${a.unavailable}\n`;
  const all = rows(a);
  const width = Math.max(...all.map(([m]) => m.length));
  return ['== Hands-free audio', ...all.map(([m, v, t]) => `      ${m.padEnd(width)}  ${t.padEnd(12)}  ${v}`), ''].join('\n');
}

export function renderAudioMarkdown(a: AudioBench | { unavailable: string }): string {
  if ('unavailable' in a) return `\n## Hands-free audio\n\nunavailable: ${a.unavailable}\n`;
  return ['', '## Hands-free audio', '', '| Measure | Result | Target |', '|---|---|---|', ...rows(a).map(([m, v, t]) => `| ${m} | ${v} | ${t} |`), ''].join('\n');
}
