/**
 * Which drawn position a spoken step or hold is about, for stretches drawn in several
 * positions: "Breathe out. Cat." shows the cat drawing; "Tilt back" the tilt-back one.
 * A sentence naming more than one position (the intro "Cat cow.") picks none.
 */
import type { Stretch } from '../skill/catalog/types';
import { illustrationPoses } from './illustrations';

/** "tilt-back" -> "tilt back". */
export function poseWords(pose: string): string {
  return pose.replace(/-/g, ' ').toLowerCase();
}

function normalise(text: string): string {
  return ` ${text.toLowerCase().replace(/[^a-z]+/g, ' ').trim()} `;
}

/** The pose a text is about, or undefined when it names none or several. */
export function poseOfText(stretch: Stretch, text: string): string | undefined {
  const poses = illustrationPoses(stretch.id);
  if (poses.length < 2) return undefined;
  // A phase's full cue, spoken as it is, belongs to that phase's pose.
  const phase = stretch.phases?.find((candidate) => candidate.cue === text);
  if (phase) {
    const byName = poses.find((pose) => poseWords(pose) === phase.name.toLowerCase());
    if (byName) return byName;
  }
  const sentence = normalise(text);
  const named = poses.filter((pose) => sentence.includes(` ${poseWords(pose)} `));
  return named.length === 1 ? named[0] : undefined;
}
