/**
 * A second language is a bundle of type `Texts` with its own words. English's constants are
 * literal types ('Hold.', 'the left side'); `Texts` widens them, so a bundle whose words differ
 * compiles (this file is type-checked by `npm test`) and the narration says its words, not
 * English's.
 */
import { describe, expect, it } from 'vitest';
import { compileStretch, renderSsml } from '../../skill/narration/index';
import { DEFAULT_PREFERENCES } from '../../skill/catalog/types';
import { textsFor, type Texts } from '../../skill/text/locale';
import { timelineFor } from '../../skill/conversation/timelines';
import type { ActiveSession } from '../../skill/conversation/types';
import { newUserState } from '../../skill/state/new-user-state';

const english = textsFor('en-US');

/** A few words of a made-up second language over English's shape. */
const other: Texts = {
  ...english,
  narration: { ...english.narration, HOLD: 'Halten.', LAST_ONE: 'Das letzte Mal.' },
  sessions: { ...english.sessions, THE_LEFT_SIDE: 'die linke Seite' },
  catalog: {
    ...english.catalog,
    stretches: {
      ...english.catalog.stretches,
      'knee-to-chest': { ...english.catalog.stretches['knee-to-chest'], summary: 'Eine ruhige Dehnung im Liegen für den unteren Rücken.' },
    },
  },
};

const spoken = (texts: Texts): string =>
  compileStretch('knee-to-chest', { preferences: DEFAULT_PREFERENCES, texts })
    .segments.map((segment) => renderSsml(segment.events, { pace: 'normal' }))
    .join(' ');

describe('a second language', () => {
  it('says its own words where English says its own', () => {
    const theirs = spoken(other);
    const ours = spoken(english);
    expect(ours).toContain('Hold.');
    expect(theirs).toContain('Halten.');
    expect(theirs).not.toContain('Hold.');
    expect(theirs).toContain('Eine ruhige Dehnung im Liegen');
    expect(ours).not.toContain('Eine ruhige Dehnung im Liegen');
  });

  it('gets its own session timeline, even with the same language code as another bundle', () => {
    expect(other.language.code).toBe(english.language.code);
    const active: ActiveSession = { kind: 'stretch', id: 'knee-to-chest', segmentIndex: 0, variant: 'standard', paused: false, startedAt: '2026-12-01T08:00:00.000Z' };
    const said = (texts: Texts) =>
      timelineFor(newUserState(), active, texts)!
        .segments.flatMap((segment) => segment.events.flatMap((event) => (event.type === 'say' ? [event.text] : [])))
        .join(' ');
    const ours = said(english);
    const theirs = said(other);
    expect(ours).toContain('Hold.');
    expect(theirs).toContain('Halten.');
    expect(theirs).not.toContain('Hold.');
    expect(said(english)).toBe(ours);
  });
});
