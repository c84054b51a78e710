/**
 * What the person hears about saving. Said only after the save's outcome is known: the
 * "kept" sentences when the change is stored, the "not kept" ones when it could not be.
 */

/** Once per outage, when something of this turn could not be stored and nothing more specific was said. */
export const progressNotKept =
  "I can't save your progress right now. I'll keep your place while we talk, but if you stop, I may not remember it.";

/** A preference change. */
export const preferenceKept = "I'll remember that.";
export const preferenceNotKept = "I can't save that right now, so it's for this time only.";

/** Leaving a stretch out of the routines. */
/** `name` as said in a sentence ("the piriformis stretch"), `toSay` as the person would say it ("piriformis stretch"). */
export function excludeKept(name: string, toSay: string): string {
  return `Okay, I'll leave ${name} out of your routines from now on. To add it back, say bring back ${toSay}.`;
}
export function excludeNotKept(name: string): string {
  return `Okay, I'll leave ${name} out for now. I can't save that right now, so it may be back next time.`;
}

/** Bringing a stretch back. */
export function includeKept(name: string): string {
  return `Okay, ${name} is back in your routines.`;
}
export function includeNotKept(name: string): string {
  return `Okay, ${name} is back for now. I can't save that right now, so next time it may be left out again.`;
}

/** Pausing. */
export const pauseKept = "Paused. I'll keep your place.";
export const pauseNotKept = "Paused. I can't save your place right now, so carry on in this session if you can.";

/** Stopping in the middle of something. */
export const stopKept = "Okay, I've saved your place. Open back stretch coach any time to carry on. Goodbye.";
export const stopNotKept = "Okay. I couldn't save your place this time, sorry. Goodbye.";

/** Finishing a routine or a stretch. */
export const completionNotKept = "I couldn't record today's session, sorry.";

/** Opening the skill when the saved progress cannot be reached (the person may or may not be new). */
export const launchStateUnknown = [
  'Welcome to Back Stretch Coach.',
  "I can't reach your saved progress right now, so I can't pick up where you left off.",
];

/** A control that needs the saved position, when it cannot be reached. */
export const positionUnknown = "I can't reach your saved progress right now, so I don't know where you stopped.";
