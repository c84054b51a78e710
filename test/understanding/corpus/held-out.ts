/**
 * Held out: phrasings written after the model was grown, never used to grow it. Their score is
 * reported on its own ("persona: held out") as the honest measure of how well the model
 * generalises; misses here are fixed by growing the model, then new held-out lines are written.
 */
import { ans, ctl, EASE, GOOD, notOurs, said, SOON, start, URGENT, type Entry } from './dsl';

const P = 'held out';

export const HELD_OUT: Entry[] = [
  ...said(P, 'launch', start('basic-daily'), ['lets get going with my stretches', 'i would like to start my exercises now', 'do the stretches with me', 'my back feels a bit stiff today']),
  ...said(P, 'fresh', start('desk-break'), ['i have been sat at a computer for hours', 'a stretch break at work', 'i only have about five minutes']),
  ...said(P, 'fresh', start('bedtime'), ['help me relax before bed', 'i want to unwind tonight', 'stretches to help me fall asleep']),
  ...said(P, 'fresh', start('comprehensive'), ['i have got half an hour', 'give me the whole thing']),
  ...said(P, 'fresh', start('thread-the-needle'), ['my upper back is really tight', 'something for between my shoulder blades']),
  ...said(P, 'fresh', start('piriformis-stretch'), ['something for my glutes', 'the figure 4 one']),
  ...said(P, 'fresh', start('cat-cow'), ['the cat and cow one please', 'cat cow stretch please']),
  ...said(P, 'fresh', start('childs-pose'), ["the child's pose one", 'kneel and stretch forward']),
  ...said(P, 'fresh', start('sphinx-pose'), ['the sphinx stretch please', 'lying on my front one']),
  ...said(P, 'fresh', notOurs('piriformis-stretch', 'knee-to-chest'), ['lizard pose', 'the pigeon stretch']),
  ...said(P, 'fresh', notOurs('childs-pose', 'cat-cow'), ['downward facing dog please', 'how do i do down dog']),
  ...said(P, 'in-routine', ctl('pause'), ['hang on a second', 'can you wait a moment', 'i need a short break']),
  ...said(P, 'paused', ctl('resume'), ['okay i am ready', 'carry on now', "let's keep going"]),
  ...said(P, 'in-routine', ctl('repeat'), ['can you say that one more time', 'sorry i missed that']),
  ...said(P, 'after-hold', ctl('previous'), ['go back one', 'back to the previous one please']),
  ...said(P, 'in-routine', ctl('stop'), ["i think that's enough", 'i want to finish now', "that's it for today"]),
  ...said(P, 'in-routine', ctl('how-long'), ['how much longer is this routine', 'how many are left']),
  ...said(P, 'in-routine', ctl('slower'), ['slow down please', 'can you go slower']),
  ...said(P, 'after-hold', ctl('which-side'), ['which side do i do now', 'is it the left side now']),
  ...said(P, 'in-routine', ctl('feel'), ['where am i supposed to feel this', 'what should this feel like']),
  ...said(P, 'in-routine', ctl('purpose'), ['what is this stretch for', 'what does this one help with']),
  ...said(P, 'in-routine', ctl('floor'), ["i can't get down that low", 'kneeling is too hard for me']),
  ...said(P, 'launch', ans('how-often'), ['how often do i need to do these', 'should i stretch every single day']),
  ...said(P, 'launch', ans('pregnancy'), ['i am six months pregnant', 'is it okay to do this while pregnant']),
  ...said(P, 'launch', ans('surgery'), ['i had a spinal operation last year', 'is this ok after hip surgery']),
  ...said(P, 'launch', ans('condition'), ['i have a herniated disk', 'i have been diagnosed with arthritis']),
  ...said(P, 'launch', ans('heat-ice'), ['is a heat pad a good idea', 'should i put ice on it']),
  ...said(P, 'launch', ans('surface'), ['do i need anything special', 'can i do it on a rug']),
  ...said(P, 'in-routine', EASE, ['that really hurt', 'ow ow ow', 'my lower back is killing me', 'i have a sharp pain in my side', 'this one hurts my knees', 'it hurts when i lean back']),
  ...said(P, 'in-routine', SOON, ['my foot has gone numb', 'i have a tingling feeling in my leg', 'the pain goes all the way down my leg']),
  ...said(P, 'in-routine', URGENT, ["i can't feel my legs at all", 'i have wet myself', 'i have a crushing feeling in my chest', 'i just slipped and fell']),
  ...said(P, 'launch', SOON, ['my back pain wakes me up every night', 'i have had this pain for three months']),
  ...said(P, 'in-routine', GOOD, ['that feels lovely', 'ah that is a nice stretch', 'i can feel it working']),
];
