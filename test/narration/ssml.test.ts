import { check } from 'ssml-check-core';
import { describe, expect, it } from 'vitest';
import {
  compileStretch,
  DEFAULT_MAX_SEGMENT_SECONDS,
  MAX_BREAK_SECONDS,
  renderSsml,
  SSML_MAX_CHARS,
} from '../../skill/narration';
import type { TimelineEvent } from '../../skill/narration/types';
import { everyTimeline } from './helpers';

function breakSeconds(ssml: string): number[] {
  return [...ssml.matchAll(/<break time="(\d+)(ms|s)"\/>/g)].map(([, value, unit]) =>
    unit === 'ms' ? Number(value) / 1000 : Number(value),
  );
}

describe('SSML for every segment of every stretch and routine', () => {
  const compiled = everyTimeline();

  it('is valid Alexa SSML, within 8,000 characters and the segment time budget, with no break over 10 s', async () => {
    const failures: string[] = [];
    let rendered = 0;
    // Routines and versions share many segments: each distinct SSML text is checked once.
    const verdicts = new Map<string, ReturnType<typeof check>>();
    for (const { name, prefs, timeline } of compiled) {
      for (const segment of timeline.segments) {
        const ssml = renderSsml(segment.events, { pace: prefs.pace });
        rendered++;
        const verdict = verdicts.get(ssml) ?? check(ssml, { platform: 'amazon' });
        verdicts.set(ssml, verdict);
        const errors = await verdict;
        if (errors) failures.push(`${name} ${segment.id}: ${JSON.stringify(errors)}`);
        if (ssml.length > SSML_MAX_CHARS) failures.push(`${name} ${segment.id}: ${ssml.length} chars`);
        if (segment.durationSeconds > DEFAULT_MAX_SEGMENT_SECONDS) {
          failures.push(`${name} ${segment.id}: ${segment.durationSeconds} s`);
        }
        if (breakSeconds(ssml).some((seconds) => seconds > MAX_BREAK_SECONDS)) failures.push(`${name} ${segment.id}: long break`);
        if ((ssml.match(/<audio /g) ?? []).length > 5) failures.push(`${name} ${segment.id}: too many audio tags`);
        if (prefs.pace === 'slower' && !ssml.includes('<prosody rate="85%">')) failures.push(`${name} ${segment.id}: no prosody`);
        if (prefs.pace === 'normal' && ssml.includes('<prosody')) failures.push(`${name} ${segment.id}: prosody at normal pace`);
        // A pause inside a rate change may be stretched by it (espeak-ng does): a hold must not be.
        if (/<prosody[^>]*>(?:(?!<\/prosody>).)*<break/.test(ssml)) failures.push(`${name} ${segment.id}: a break inside the prosody`);
      }
    }
    expect(failures).toEqual([]);
    expect(rendered).toBeGreaterThan(1000);
  });
});

describe('renderSsml', () => {
  it('escapes text so "&" and "<" are spoken, not parsed', async () => {
    const ssml = renderSsml([{ type: 'say', text: 'Knees & hips <gently> "soft", it\'s fine.', role: 'cue' }], { pace: 'normal' });
    expect(ssml).toBe('<speak>Knees &amp; hips &lt;gently&gt; &quot;soft&quot;, it&apos;s fine.</speak>');
    expect(await check(ssml, { platform: 'amazon' })).toBeUndefined();
  });

  it('splits a 30 s pause into three 10 s breaks and writes fractions as milliseconds', () => {
    const ssml = renderSsml(
      [
        { type: 'pause', seconds: 30, purpose: 'hold' },
        { type: 'say', text: 'Halfway there.', role: 'cue' },
        { type: 'pause', seconds: 12.5, purpose: 'hold' },
      ],
      { pace: 'normal' },
    );
    expect(ssml).toBe(
      '<speak><break time="10s"/><break time="10s"/><break time="10s"/>Halfway there.<break time="10s"/><break time="2500ms"/></speak>',
    );
  });

  it('merges neighbouring pauses and renders hold markers as nothing', () => {
    const ssml = renderSsml(
      [
        { type: 'holdStart', targetSeconds: 8, label: 'x' },
        { type: 'pause', seconds: 4, purpose: 'hold' },
        { type: 'pause', seconds: 4, purpose: 'hold' },
        { type: 'holdEnd' },
      ],
      { pace: 'normal' },
    );
    expect(ssml).toBe('<speak><break time="8s"/></speak>');
  });

  it('wraps speech in a slower prosody at the slower pace, keeping chimes and pauses outside it (no voice can stretch a hold)', async () => {
    const events: TimelineEvent[] = [
      { type: 'say', text: 'Hold.', role: 'instruction' },
      { type: 'chime' },
      { type: 'pause', seconds: 3, purpose: 'hold' },
      { type: 'say', text: 'And release.', role: 'cue' },
    ];
    const ssml = renderSsml(events, { pace: 'slower' });
    expect(ssml).toMatch(/^<speak><prosody rate="85%">Hold\.<\/prosody><audio src="soundbank:\/\/soundlibrary\/[^"]+"\/><break time="3s"\/><prosody rate="85%">And release\.<\/prosody><\/speak>$/);
    expect(await check(ssml, { platform: 'amazon' })).toBeUndefined();
  });

  it('plays at most five chimes, keeping the first and the last, and keeps the time of the others as silence', async () => {
    const events: TimelineEvent[] = [];
    for (let i = 1; i <= 8; i++) events.push({ type: 'say', text: `Step ${i}.`, role: 'cue' }, { type: 'chime' });
    const ssml = renderSsml(events, { pace: 'normal' });
    expect(ssml.match(/<audio /g)).toHaveLength(5);
    expect(ssml).toMatch(/Step 8\.<audio [^>]+\/><\/speak>$/);
    expect(ssml).toMatch(/^<speak>Step 1\.<audio /);
    expect(breakSeconds(ssml)).toEqual([1, 1, 1]);
    expect(await check(ssml, { platform: 'amazon' })).toBeUndefined();
    const silent = renderSsml(events, { pace: 'normal', chimes: false });
    expect(silent).not.toContain('<audio');
  });

  it('renders a whole chimes-style stretch with audio chimes that pass the checker', async () => {
    const timeline = compileStretch('childs-pose', { preferences: { holdLength: 'longer', pace: 'normal', cueStyle: 'chimes' } });
    const ssml = renderSsml(timeline.segments[0]!.events, { pace: 'normal' });
    expect(ssml.match(/<audio /g)).toHaveLength(2);
    expect(await check(ssml, { platform: 'amazon' })).toBeUndefined();
  });
});
