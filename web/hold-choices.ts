/**
 * Which hold lengths change anything for a stretch or routine: "Longer" is offered only
 * where some hold can grow (the Side Stretch's standard hold is already the guide's
 * longest), "Shorter" only where one can shrink. Decided from the narration's own durations.
 */
import type { Preferences, RoutineId, StretchId } from '../skill/catalog/types';
import { DEFAULT_PREFERENCES } from '../skill/catalog/types';
import { routineDuration, stretchDuration } from '../skill/narration';

export type HoldChoice = Preferences['holdLength'];

const memo = new Map<string, HoldChoice[]>();

export function holdChoices(kind: 'stretch' | 'routine', id: string): HoldChoice[] {
  const key = `${kind}:${id}`;
  let choices = memo.get(key);
  if (!choices) {
    const seconds = (holdLength: HoldChoice) => {
      const preferences: Preferences = { ...DEFAULT_PREFERENCES, holdLength };
      return kind === 'stretch' ? stretchDuration(id as StretchId, preferences) : routineDuration(id as RoutineId, preferences);
    };
    const standard = seconds('standard');
    choices = (['shorter', 'standard', 'longer'] as const).filter((choice) => choice === 'standard' || seconds(choice) !== standard);
    memo.set(key, choices);
  }
  return choices;
}
