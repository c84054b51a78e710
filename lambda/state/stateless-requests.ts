/**
 * Request types whose answer never depends on the person's state: no DynamoDB read for them.
 * (Requests no specific handler claims are stateless too: see buildSkill in lambda/skill.ts.)
 */
export function needsNoState(type: unknown): boolean {
  if (typeof type !== 'string') return false;
  return (
    type === 'CanFulfillIntentRequest' ||
    type === 'System.ExceptionEncountered' ||
    type === 'Alexa.Presentation.APL.UserEvent' ||
    // SkillDisabled deletes without reading; the other skill events change nothing we keep.
    type.startsWith('AlexaSkillEvent.')
  );
}
