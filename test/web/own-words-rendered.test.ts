/**
 * Our own words, checked where people meet them: every page as rendered (visible text and
 * the drawings' text alternatives), every drawing's description for both sides, and every
 * sentence the narration speaks after the sides are filled in, for every stretch, routine,
 * variant and preference. No run of 8 words may come from the guide (see
 * test/catalog/shingles.ts for how runs are compared without storing the guide).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROUTINE_IDS, STRETCH_IDS, type Preferences } from '../../skill/catalog/types';
import { app } from '../../web/app';
import { allIllustrations, illustrationDescription } from '../../web/illustrations';
import { hashRun, runs } from '../catalog/shingles';
import { everyTimeline } from '../narration/helpers';
import { decodeEntities, textOf } from './html-text';

const GUIDE_RUNS = new Set<string>(
  JSON.parse(readFileSync(new URL('../catalog/fixtures/guide-shingles.json', import.meta.url), 'utf8')) as string[],
);

/** The guide's runs in a text; the same sentences come back under many preferences, so each text is hashed once. */
const copiedIn = new Map<string, string[]>();
function copiedRuns(where: string, text: string): string[] {
  const copied = copiedIn.get(text) ?? runs(text).filter((run) => GUIDE_RUNS.has(hashRun(run))).map((run) => run.join(' '));
  copiedIn.set(text, copied);
  return copied.map((run) => `${where}: "${run}"`);
}

const PAGES = ['/', '/safety', '/does-not-exist', ...STRETCH_IDS.map((id) => `/stretches/${id}`), ...ROUTINE_IDS.map((id) => `/routines/${id}`)];

const PREFERENCES: Preferences[] = (['shorter', 'standard', 'longer'] as const).flatMap((holdLength) =>
  (['normal', 'slower'] as const).map((pace) => ({ holdLength, pace }) as Preferences),
);

describe('our own words, as rendered', () => {
  it('the check can fail: a sentence of the guide is caught once rendered with a side', () => {
    expect(copiedRuns('probe', 'Place your right hand on the floor behind you.').length).toBeGreaterThan(0);
  });

  it.each(PAGES)('%s repeats no run of 8 words from the guide', async (path) => {
    const response = await app.request(path);
    const html = await response.text();
    const alts = [...html.matchAll(/\balt="([^"]*)"/g)].map((m) => decodeEntities(m[1] ?? ''));
    const copied = [
      ...copiedRuns(`${path} text`, textOf(html)),
      ...alts.flatMap((alt, i) => copiedRuns(`${path} alt[${i}]`, alt)),
    ];
    expect(copied).toEqual([]);
  });

  it('every drawing description, for both sides, is in our words', () => {
    const copied = allIllustrations().flatMap(({ id, pose, side }) =>
      copiedRuns(`${id}/${pose}/${side ?? '-'}`, illustrationDescription(id, pose, side)),
    );
    expect(copied).toEqual([]);
  });

  it('every spoken sentence, with the sides filled in, is in our words', () => {
    const copied = new Set<string>();
    const check = (where: string, texts: string[]) => {
      // Sentence by sentence and as one stream, so a run across two sentences is caught too.
      for (const text of texts) for (const c of copiedRuns(where, text)) copied.add(c);
      for (const c of copiedRuns(`${where} (joined)`, texts.join(' '))) copied.add(c);
    };
    // The timelines every narration test walks (test/narration/helpers.ts), compiled once per
    // worker: each stretch in each version and each routine as it is, under the spoken cues
    // (the default cue style) at every hold length and pace.
    let walked = 0;
    for (const { name, prefs, timeline } of everyTimeline()) {
      if (prefs.cueStyle !== 'voice') continue;
      const variant = name.slice(name.lastIndexOf('/') + 1);
      if (timeline.kind === 'routine' && variant !== 'standard') continue;
      walked++;
      for (const segment of timeline.segments) {
        check(timeline.kind === 'stretch' ? `${segment.id} ${variant}` : `${timeline.id} ${segment.id}`, segment.events.flatMap((e) => (e.type === 'say' ? [e.text] : [])));
      }
    }
    expect(walked).toBe(PREFERENCES.length * (STRETCH_IDS.length * 3 + ROUTINE_IDS.length));
    expect([...copied]).toEqual([]);
  });
});
