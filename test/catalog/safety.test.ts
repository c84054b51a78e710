import { describe, expect, it } from 'vitest';
import { fullDisclaimerFor, LOCALE_SAFETY, localeSafety, SAFETY, SAFETY_LOCALES } from '../../skill/catalog';
import { redFlagAdvice } from '../../skill/text/en/emergency';

const sentences = (text: string) => text.split(/[.!?]+/).filter((s) => s.trim().length > 0);

describe('safety content', () => {
  it('has a short spoken line of at most two sentences: not medical advice, stop on sharp pain', () => {
    expect(sentences(SAFETY.shortSpokenLine).length).toBeLessThanOrEqual(2);
    expect(SAFETY.shortSpokenLine).toMatch(/not medical advice/i);
    expect(SAFETY.shortSpokenLine).toMatch(/stop/i);
    expect(SAFETY.shortSpokenLine).toMatch(/sharp/i);
  });

  it("keeps the full meaning of the guide's disclaimer", () => {
    const text = fullDisclaimerFor('en-US').join(' ');
    for (const meaning of [
      /information/i,
      /not medical advice/i,
      /Food and Drug Administration/i,
      /diagnose/i,
      /treat/i,
      /cure/i,
      /prevent/i,
      /qualified healthcare professional/i,
      /before you start/i,
      /results may differ/i,
      /severe/i,
      /injured recently/i,
      /spine/i,
    ]) {
      expect(text).toMatch(meaning);
    }
    expect(SAFETY.shortDisclaimer).toMatch(/not medical advice/i);
  });

  it("lists every item of the guide's 'when to seek professional help'", () => {
    const guideItems: [string, RegExp[]][] = [
      ['severe pain not easing with rest and stretching', [/severe/i, /rest/i, /stretch/i]],
      ['pain down one or both legs', [/down/i, /leg/i]],
      ['numbness, tingling or weakness in legs or feet', [/numb/i, /tingl/i, /weak/i, /legs/i, /feet/i]],
      ['loss of bladder or bowel control', [/bladder/i, /bowel/i, /control/i]],
      ['pain after a fall, accident or injury', [/fall/i, /accident/i, /injur/i]],
      ['unexplained weight loss', [/weight loss/i, /explain/i]],
      ['pain worse at night or lying down', [/night/i, /lie|lying/i]],
      ['pain with fever', [/fever/i]],
      ['pain lasting more than a few weeks', [/few weeks/i]],
    ];
    for (const [item, words] of guideItems) {
      const covered = SAFETY.whenToSeekHelp.some((line) => words.every((w) => w.test(line)));
      expect(covered, item).toBe(true);
    }
  });

  it("states all of the guide's general rules", () => {
    const text = SAFETY.generalRules.join(' ');
    for (const rule of [/slow/i, /force/i, /sharp pain/i, /breathe/i, /15 to 60 seconds/i, /bouncing/i, /smooth/i, /jerky/i, /body/i, /water/i, /cloth/i, /warm/i]) {
      expect(text).toMatch(rule);
    }
  });

  it('names the seven common mistakes with what to do instead', () => {
    expect(SAFETY.commonMistakes).toHaveLength(7);
    const text = SAFETY.commonMistakes.map((m) => `${m.mistake} ${m.instead}`).join(' ');
    for (const mistake of [/bouncing/i, /breath/i, /cold/i, /comparing/i, /pain/i, /rushing/i, /now and then|every day/i]) {
      expect(text).toMatch(mistake);
    }
  });

  it('gives the six good times to stretch', () => {
    expect(SAFETY.whenToStretch).toHaveLength(6);
    const text = SAFETY.whenToStretch.join(' ');
    for (const time of [/morning/i, /sitting/i, /exercise/i, /desk/i, /bed/i, /tension/i]) expect(text).toMatch(time);
  });

  it('gives tips on consistency and the complementary practices', () => {
    const text = SAFETY.tips.join(' ');
    for (const tip of [/every day/i, /core/i, /posture/i, /walking/i, /lift/i, /weight/i, /chair/i, /mattress/i]) {
      expect(text).toMatch(tip);
    }
  });

  it('says stop in every red-flag advice, sends urgent cases to emergency care and never continues', () => {
    for (const group of SAFETY.redFlags) {
      expect(group.advice, group.id).toMatch(/stop/i);
      expect(group.advice, group.id).not.toMatch(/\b(let's continue|keep going|carry on with the stretch)\b/i);
      if (group.urgency === 'urgent') {
        const spoken = redFlagAdvice(group.advice, group.help, undefined);
        expect(spoken, group.id).toMatch(/your local emergency number/i);
        expect(spoken, group.id).toMatch(/right away|now/i);
      }
      if (group.urgency === 'soon') expect(group.advice, group.id).toMatch(/doctor.*soon|physiotherapist soon/i);
      for (const phrase of group.phrases) expect(phrase).toBe(phrase.toLowerCase());
    }
  });

  it('has the NHS/NICE urgent signs as urgent groups', () => {
    const urgent = SAFETY.redFlags.filter((g) => g.urgency === 'urgent').map((g) => g.id);
    expect(urgent).toEqual(
      expect.arrayContaining(['saddle-numbness', 'bladder-bowel', 'both-legs', 'chest-pain', 'fall-or-accident']),
    );
  });

  it("names each country's health regulator in the disclaimer, and the US one only in the US", () => {
    expect(fullDisclaimerFor('en-US').join(' ')).toContain('the US Food and Drug Administration');
    expect(fullDisclaimerFor('en-GB').join(' ')).toContain('Medicines and Healthcare products Regulatory Agency');
    expect(fullDisclaimerFor('en-CA').join(' ')).toContain('Health Canada');
    expect(fullDisclaimerFor('en-AU').join(' ')).toContain('Therapeutic Goods Administration');
    expect(fullDisclaimerFor('en-IN').join(' ')).toContain('Central Drugs Standard Control Organisation');
    for (const locale of ['en-GB', 'en-CA', 'en-AU', 'en-IN', 'fr-FR']) {
      expect(fullDisclaimerFor(locale).join(' '), locale).not.toMatch(/Food and Drug/);
      expect(fullDisclaimerFor(locale).join(' '), locale).not.toContain('{');
    }
    expect(fullDisclaimerFor('de-DE').join(' ')).toContain('any medicines or health regulator');
  });

  it("holds each locale's emergency number, and NHS 111 only in the UK", () => {
    expect(SAFETY_LOCALES).toEqual(['en-US', 'en-CA', 'en-GB', 'en-AU', 'en-IN']);
    expect(Object.fromEntries(SAFETY_LOCALES.map((l) => [l, LOCALE_SAFETY[l].emergency.digits]))).toEqual({
      'en-US': '911',
      'en-CA': '911',
      'en-GB': '999',
      'en-AU': '000',
      'en-IN': '112',
    });
    expect(SAFETY_LOCALES.filter((l) => localeSafety(l)?.urgentAdvice)).toEqual(['en-GB']);
    expect(localeSafety('en-GB')?.urgentAdvice?.digits).toBe('111');
    expect(localeSafety('EN-gb')?.emergency.digits).toBe('999');
    expect(localeSafety('fr-FR')).toBeUndefined();
    expect(localeSafety(undefined)).toBeUndefined();
  });
});
