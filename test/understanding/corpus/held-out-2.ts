/**
 * Second held-out set: written after the first held-out set was used to grow the model, and
 * not used to grow it. Its score ("persona: held out 2") is the current honest measure of how
 * the model does on phrasings it has never seen.
 */
import { ans, ctl, EASE, GOOD, notOurs, said, SOON, start, URGENT, type Entry } from './dsl';

const P = 'held out 2';

export const HELD_OUT_2: Entry[] = [
  ...said(P, 'launch', start('basic-daily'), ["let's do some stretching", 'time for my back exercises', 'can we start the stretches']),
  ...said(P, 'fresh', start('desk-break'), ['something quick i can do at the office', 'stretches for sitting at a desk']),
  ...said(P, 'fresh', start('bedtime'), ['something calming before sleep', 'a routine for the evening']),
  ...said(P, 'fresh', start('thread-the-needle'), ['my shoulders feel tight', 'stretch for my upper back please']),
  ...said(P, 'fresh', start('knee-to-chest'), ['the knee hug one', 'knees up to my chest']),
  ...said(P, 'fresh', start('seated-spinal-twist'), ['a sitting down twist', 'the seated twist please']),
  ...said(P, 'fresh', notOurs('knee-to-chest', 'piriformis-stretch'), ['a hamstring stretch please', 'how do i touch my toes']),
  ...said(P, 'in-routine', ctl('pause'), ['just give me a second', 'hold on a minute please', 'can we pause']),
  ...said(P, 'paused', ctl('resume'), ["i'm back now", 'okay carry on']),
  ...said(P, 'in-routine', ctl('repeat'), ['could you repeat that please', 'what was that']),
  ...said(P, 'in-routine', ctl('stop'), ["i'm going to stop there", 'that will do for today']),
  ...said(P, 'in-routine', ctl('how-long'), ['how long have we got left', 'is there much more']),
  ...said(P, 'in-routine', ctl('slower'), ['can you slow it down a bit', "you're a bit fast"]),
  ...said(P, 'after-hold', ctl('which-side'), ['do i switch legs now', 'which side is next']),
  ...said(P, 'in-routine', ctl('feel'), ['where am i meant to feel it', 'what should i be feeling here']),
  ...said(P, 'in-routine', ctl('floor'), ['i cannot get onto the floor', 'can i do this one in a chair instead']),
  ...said(P, 'launch', ans('how-often'), ['how many times a week should i do this', 'is it ok to do this every day']),
  ...said(P, 'launch', ans('condition'), ['i have a slipped disc is that ok', 'what if i have arthritis']),
  ...said(P, 'launch', ans('heat-ice'), ['should i use a heat pack', 'is ice good for back pain']),
  ...said(P, 'in-routine', EASE, ['ouch my lower back', 'that is hurting my hip', 'i feel a sharp pain', 'this hurts too much']),
  ...said(P, 'in-routine', SOON, ['my leg has gone all tingly', 'i have numbness in my foot']),
  ...said(P, 'in-routine', URGENT, ['i have lost feeling in both my legs', 'my chest feels really tight', 'i think i wet myself']),
  ...said(P, 'in-routine', GOOD, ['that feels really nice', 'i love this one']),
];
