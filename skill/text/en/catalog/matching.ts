/**
 * Words that matter when matching what people say against the catalog: words around a name that
 * are not part of it ("the cat cow stretch please"), and the words of someone reporting for
 * another person ("his legs are numb"), read as their own for the red flags.
 */

/** Words said around a name that are not part of it. */
export const fillerWords: ReadonlySet<string> = new Set(['the', 'a', 'an', 'my', 'that', 'this', 'one', 'please']);

/** Words after a stretch's name that do not change which stretch it is ("cat cow stretch"). */
export const stretchTailWords: ReadonlySet<string> = new Set(['stretch', 'stretches', 'pose', 'poses', 'exercise', 'exercises', 'position', 'move']);

/** Words after a routine's name that do not change which routine it is ("bedtime routine"). */
export const routineTailWords: ReadonlySet<string> = new Set(['routine', 'routines', 'session', 'workout', 'stretches', 'stretch', 'program', 'set', 'flow']);

/** Third-person words and the first-person words they are read as ("she wet herself" = "I wet myself"). */
export const asFirstPerson: Readonly<Record<string, string>> = {
  she: 'i', he: 'i', her: 'my', his: 'my', herself: 'myself', himself: 'myself', hers: 'mine', cannot: "can't",
};
