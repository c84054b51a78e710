/**
 * Request types whose answer never depends on the person's state: no DynamoDB read for them.
 * (Requests no specific handler claims are stateless too: see buildSkill in lambda/skill.ts. An
 * APL UserEvent is read only when ours: the screen's "narration spoken", whose answer depends on
 * where the person is.)
 */
export function needsNoState(type: unknown): boolean {
  if (typeof type !== 'string') return false;
  return (
    type === 'CanFulfillIntentRequest' ||
    type === 'System.ExceptionEncountered' ||
    // SkillDisabled deletes without reading; the other skill events change nothing we keep.
    type.startsWith('AlexaSkillEvent.')
  );
}
