/**
 * Stretches and poses people ask for that are not in our guide, each with the closest ones we
 * have (what to offer instead of a dead end). Lower-case spoken names.
 */
import type { StretchId } from './types';

export interface OtherStretch {
  id: string;
  /** How Alexa should say it back, e.g. "downward dog". */
  spokenName: string;
  synonyms: string[];
  closest: StretchId[];
}

export const OTHER_STRETCHES: readonly OtherStretch[] = [
  { id: 'downward-dog', spokenName: 'downward dog', synonyms: ['downward facing dog', 'down dog', 'adho mukha svanasana', 'dog pose', 'dog exercise', 'the dog down', 'downward dog pose', 'down dog pose'], closest: ['childs-pose', 'cat-cow'] },
  { id: 'puppy-pose', spokenName: 'puppy pose', synonyms: ['puppy', 'extended puppy pose', 'uttana shishosana'], closest: ['childs-pose', 'thread-the-needle'] },
  { id: 'pigeon-pose', spokenName: 'pigeon pose', synonyms: ['pigeon', 'king pigeon', 'king pigeon pose', 'pigeon stretch', 'eka pada rajakapotasana'], closest: ['piriformis-stretch', 'knee-to-chest'] },
  { id: 'butterfly', spokenName: 'butterfly stretch', synonyms: ['butterfly pose', 'butterfly', 'bound angle', 'baddha konasana'], closest: ['piriformis-stretch'] },
  { id: 'hip-opener', spokenName: 'happy hips', synonyms: ['hip openers', 'hip opener', 'lizard pose', 'frog pose'], closest: ['piriformis-stretch', 'knee-to-chest'] },
  { id: 'hamstring-stretch', spokenName: 'hamstring stretch', synonyms: ['hamstrings', 'hamstring', 'hamstring stretches', 'touch my toes', 'toe touch', 'toe touches', 'touching my toes', 'forward fold', 'standing forward fold', 'forward bend', 'seated forward bend', 'seated forward fold', 'paschimottanasana', 'uttanasana'], closest: ['knee-to-chest', 'piriformis-stretch'] },
  { id: 'happy-baby', spokenName: 'happy baby', synonyms: ['happy baby pose', 'ananda balasana'], closest: ['knee-to-chest', 'piriformis-stretch'] },
  { id: 'bridge', spokenName: 'bridge pose', synonyms: ['bridge', 'glute bridge', 'bridges', 'setu bandhasana', 'setu bandha sarvangasana'], closest: ['pelvic-tilts'] },
  { id: 'backbends', spokenName: 'locust pose', synonyms: ['locust', 'camel pose', 'camel', 'wheel pose', 'wheel', 'superman', 'superman pose', 'upward dog', 'upward facing dog'], closest: ['sphinx-pose', 'standing-back-extension'] },
  { id: 'cobra', spokenName: 'cobra pose', synonyms: ['cobra', 'bhujangasana', 'baby cobra', 'cobra stretch'], closest: ['sphinx-pose'] },
  { id: 'standing-poses', spokenName: 'standing poses', synonyms: ['mountain pose', 'triangle pose', 'triangle', 'warrior two', 'warrior one', 'warrior pose', 'warrior', 'sun salutation', 'sun salutations', 'tree pose', 'chair pose'], closest: ['standing-back-extension', 'side-stretch'] },
  { id: 'lying-twist', spokenName: 'lying twist', synonyms: ['supine twist', 'reclined twist', 'lying spinal twist', 'lying down twist', 'supine spinal twist', 'knee drops', 'windshield wipers'], closest: ['seated-spinal-twist', 'knee-to-chest'] },
  { id: 'neck-stretch', spokenName: 'neck stretch', synonyms: ['neck stretches', 'neck rolls', 'neck roll', 'shoulder rolls', 'shoulder roll', 'neck exercises', 'chin tucks'], closest: ['thread-the-needle', 'side-stretch'] },
  { id: 'leg-stretches', spokenName: 'leg stretches', synonyms: ['quad stretch', 'quad stretches', 'calf stretch', 'calf stretches', 'hip flexor stretch', 'lunge', 'lunges', 'kneeling lunge'], closest: ['piriformis-stretch', 'knee-to-chest'] },
  { id: 'chest-opener', spokenName: 'chest opener', synonyms: ['chest stretch', 'doorway stretch', 'pec stretch', 'chest openers'], closest: ['thread-the-needle', 'standing-back-extension'] },
  { id: 'plank', spokenName: 'plank', synonyms: ['planks', 'sit ups', 'crunches', 'push ups', 'squats', 'bird dog', 'dead bug'], closest: ['pelvic-tilts', 'cat-cow'] },
];

/** The other stretch a name means, if it is one of these. */
export function findOtherStretch(spoken: string): OtherStretch | undefined {
  const key = spoken.toLowerCase().replace(/[^a-z ]/g, '').replace(/^(the|a|an|do|some)\s+/, '').replace(/\s+/g, ' ').trim();
  return OTHER_STRETCHES.find((o) => o.spokenName === key || o.synonyms.includes(key));
}
