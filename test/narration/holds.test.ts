import { describe, expect, it } from 'vitest';
import { STRETCHES } from '../../skill/catalog';
import { CUE_EARLIEST_SECONDS } from '../../skill/narration';
import { FIVE_MORE_CUES, HALFWAY_CUES, RELEASE_CUES } from '../../skill/text/en/holds';
import { allEvents, everyTimeline, holdsOf } from './helpers';

const compiled = everyTimeline();

describe('every hold of every stretch and routine, under every preference', () => {
  it('lasts its target within 10%, measured between its markers with the speech model', () => {
    const failures: string[] = [];
    let holds = 0;
    for (const item of compiled) {
      const { name } = item;
      for (const hold of holdsOf(item)) {
        holds++;
        if (Math.abs(hold.measured - hold.target) > hold.target * 0.1) {
          failures.push(`${name}: "${hold.label}" ${hold.measured.toFixed(1)} s for ${hold.target} s`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(holds).toBeGreaterThan(1000);
  });

  it('never starts a cue in its first five seconds and never lets two cues run into each other', () => {
    const failures: string[] = [];
    for (const item of compiled) {
      const { name } = item;
      for (const hold of holdsOf(item)) {
        const cues = hold.inside.filter((entry) => entry.event.type === 'say');
        cues.forEach((cue, index) => {
          if (cue.at < CUE_EARLIEST_SECONDS) failures.push(`${name}: cue at ${cue.at.toFixed(1)} s in "${hold.label}"`);
          const next = cues[index + 1];
          if (next && next.at < cue.at + cue.seconds + 1) {
            failures.push(`${name}: cues at ${cue.at.toFixed(1)} s and ${next.at.toFixed(1)} s collide in "${hold.label}"`);
          }
          if (cue.at + cue.seconds > hold.measured + 0.01) failures.push(`${name}: cue runs past the end of "${hold.label}"`);
        });
      }
    }
    expect(failures).toEqual([]);
  });

  it('says a sparse, varied progress cue: one in holds of 15-29 s, halfway and five more from 30 s', () => {
    const failures: string[] = [];
    const wordings = new Set<string>();
    const progress = (text: string) => HALFWAY_CUES.some((c) => c === text) || FIVE_MORE_CUES.some((c) => c === text);
    for (const item of compiled) {
      const { name, prefs } = item;
      if (prefs.cueStyle !== 'voice') continue;
      for (const hold of holdsOf(item)) {
        const said = hold.inside.filter((entry) => entry.event.type === 'say' && progress(entry.event.text));
        const texts = said.map((entry) => (entry.event.type === 'say' ? entry.event.text : ''));
        texts.forEach((text) => wordings.add(text));
        const expected = hold.target >= 30 ? 2 : hold.target >= 15 ? 1 : 0;
        if (texts.length !== expected) failures.push(`${name}: ${texts.length} progress cues in "${hold.label}" (${hold.target} s)`);
        if (hold.target < 15 && hold.inside.some((entry) => entry.event.type === 'say')) failures.push(`${name}: talk inside a ${hold.target} s hold`);
        for (const entry of said) {
          const event = entry.event;
          if (event.type === 'say' && FIVE_MORE_CUES.some((c) => c === event.text)) {
            if (Math.abs(hold.target - entry.at - 5) >= 0.5) failures.push(`${name}: five more at ${entry.at.toFixed(1)} s of ${hold.target} s`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(wordings.size).toBe(HALFWAY_CUES.length + FIVE_MORE_CUES.length);
  });

  it('never says two cued holds in a row with the same words, across sides and from one stretch to the next', () => {
    const failures: string[] = [];
    for (const { name, prefs, timeline } of compiled) {
      if (prefs.cueStyle !== 'voice') continue;
      // The words of each hold of 15 s or more: what is said inside it, and the release cue after it.
      const words: { label: string; said: string }[] = [];
      let open: { label: string; said: string[]; ended: boolean } | undefined;
      for (const event of allEvents(timeline)) {
        if (event.type === 'holdStart') open = event.targetSeconds >= 15 ? { label: event.label, said: [], ended: false } : undefined;
        else if (event.type === 'holdEnd' && open) open.ended = true;
        else if (event.type === 'say' && open) {
          open.said.push(event.text);
          if (open.ended) {
            words.push({ label: open.label, said: open.said.join(' ') });
            open = undefined;
          }
        }
      }
      words.slice(1).forEach((hold, index) => {
        if (hold.said === words[index]!.said) failures.push(`${name}: "${words[index]!.label}" then "${hold.label}" both say "${hold.said}"`);
      });
    }
    expect(failures).toEqual([]);
  });

  it('gives long holds a calm cue from the stretch, and chime holds no words at all', () => {
    let calmCues = 0;
    const failures: string[] = [];
    for (const item of compiled) {
      const { name, prefs } = item;
      for (const hold of holdsOf(item)) {
        const texts = hold.inside.flatMap((entry) => (entry.event.type === 'say' ? [entry.event.text] : []));
        if (prefs.cueStyle === 'chimes') {
          if (texts.length > 0) failures.push(`${name}: words in the chime hold "${hold.label}": ${texts.join(' ')}`);
          const chimes = hold.inside.filter((entry) => entry.event.type === 'chime').length;
          const wanted = hold.target >= 10 ? 2 : 0;
          if (chimes !== wanted) failures.push(`${name}: ${chimes} chimes in "${hold.label}" (${hold.target} s), not ${wanted}`);
        } else if (hold.target >= 25) {
          if (!texts.some((text) => !HALFWAY_CUES.some((c) => c === text) && !FIVE_MORE_CUES.some((c) => c === text))) {
            failures.push(`${name}: no calm cue in "${hold.label}" (${hold.target} s)`);
          }
          calmCues++;
        }
      }
    }
    expect(failures).toEqual([]);
    expect(calmCues).toBeGreaterThan(100);
  });

  it('ends every static hold with a release cue, and speaks before anything else follows a hold', () => {
    const failures: string[] = [];
    for (const { name, timeline } of compiled) {
      for (const segment of timeline.segments) {
        const stretch = STRETCHES.find((s) => s.id === segment.stretchId)!;
        const events = segment.events;
        events.forEach((event, index) => {
          if (event.type !== 'holdEnd') return;
          const after = events.slice(index + 1);
          const nextHold = after.findIndex((e) => e.type === 'holdStart');
          const between = nextHold === -1 ? after : after.slice(0, nextHold);
          if (!between.some((e) => e.type === 'say')) failures.push(`${name} ${segment.id}: nothing said after a hold`);
          const first = after[0]?.type === 'say' ? after[0].text : '';
          if (stretch.kind === 'static-hold' && !RELEASE_CUES.some((cue) => cue === first)) {
            failures.push(`${name} ${segment.id}: a static hold ends with "${first}", not a release cue`);
          }
        });
      }
    }
    expect(failures).toEqual([]);
  });
});
