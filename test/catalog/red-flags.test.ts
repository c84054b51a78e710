import { describe, expect, it } from 'vitest';
import { SAFETY, detectRedFlag } from '../../skill/catalog';

const heard: [string, string][] = [
  ['my groin feels numb', 'saddle-numbness'],
  ['numb around my groin', 'saddle-numbness'],
  ['tingling in my buttocks', 'saddle-numbness'],
  ["I can't feel my bottom", 'saddle-numbness'],
  ["I can't control my bladder", 'bladder-bowel'],
  ['I wet myself', 'bladder-bowel'],
  ['I cannot pee', 'bladder-bowel'],
  ['trouble peeing', 'bladder-bowel'],
  ['loss of bowel control', 'bladder-bowel'],
  ['both legs are numb', 'both-legs'],
  ['my legs feel weak', 'both-legs'],
  ['pain in both legs', 'both-legs'],
  ['my feet are tingling', 'both-legs'],
  ["I can't feel my legs", 'both-legs'],
  ['chest pain', 'chest-pain'],
  ['my chest hurts', 'chest-pain'],
  ['I fell yesterday', 'fall-or-accident'],
  ['it started after a car accident', 'fall-or-accident'],
  ['I have a fever', 'fever'],
  ['I have a high temperature', 'fever'],
  ["I've been losing weight without trying", 'weight-loss'],
  ['the pain is worse at night', 'night-or-rest-pain'],
  ["rest doesn't help", 'night-or-rest-pain'],
  ["it's been hurting for weeks", 'lasting-pain'],
  ['my back has been sore for months', 'lasting-pain'],
  ["the pain won't go away", 'lasting-pain'],
  ['pain down my leg', 'leg-pain'],
  ['sciatica', 'leg-pain'],
  ['my leg is numb', 'leg-numbness'],
  ['numbness', 'leg-numbness'],
  ['I have pins and needles in my foot', 'leg-numbness'],
  ['my leg went weak', 'leg-numbness'],
  ['tingling', 'leg-numbness'],
  ['tingling at the bottom of my foot', 'leg-numbness'],
  ['my bottom has gone numb', 'saddle-numbness'],
  ['sharp pain', 'sharp-pain'],
  ['it hurts', 'sharp-pain'],
  ['It really hurts!', 'sharp-pain'],
  ['intense pain', 'sharp-pain'],
  ['ouch', 'sharp-pain'],
];

describe('detectRedFlag', () => {
  for (const [utterance, group] of heard) {
    it(`hears "${utterance}" as ${group}`, () => expect(detectRedFlag(utterance)?.id).toBe(group));
  }

  const harmless = [
    'I feel great',
    'my legs feel stretched',
    'I feel a nice stretch',
    'that feels good',
    'no pain',
    'no numbness at all',
    "I don't have any tingling",
    'it does not hurt',
    'my number is five',
    'knee to chest',
    'I have been doing this for weeks and love it',
    'stretching my legs',
    'my hip feels tight',
    'how long is left',
    'next',
    '',
  ];
  for (const utterance of harmless) {
    it(`ignores "${utterance}"`, () => expect(detectRedFlag(utterance)).toBeUndefined());
  }

  it('lets the most urgent group win', () => {
    expect(detectRedFlag('it hurts and my leg is numb')?.urgency).toBe('soon');
    expect(detectRedFlag('my leg is numb and I wet myself')?.urgency).toBe('urgent');
    expect(detectRedFlag('sharp pain in my chest, chest pain')?.id).toBe('chest-pain');
  });

  it('matches whole words only', () => {
    expect(detectRedFlag('how now')).toBeUndefined();
    expect(detectRedFlag('numbers')).toBeUndefined();
    expect(detectRedFlag('feverfew tea')).toBeUndefined();
  });

  it('covers every group of the safety content', () => {
    const found = new Set(heard.map(([u]) => detectRedFlag(u)?.id));
    for (const group of SAFETY.redFlags) expect(found).toContain(group.id);
  });
});
