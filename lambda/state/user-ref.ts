/** Who a request is for, and how logs refer to that person without revealing their userId. */
import { createHash } from 'node:crypto';
import type { RequestEnvelope } from 'ask-sdk-model';

/**
 * The key of the person's stored state: the Alexa userId, from context.System.user (or
 * session.user), plus '#' and the personId when Alexa recognised the speaker
 * (context.System.person), so each recognised voice on a shared account has its own
 * progress, preferences and check-ins; everyone else shares the account's. Undefined when
 * the request carries no userId.
 */
export function userIdOf(envelope: RequestEnvelope | undefined): string | undefined {
  // Envelopes arrive from outside: read defensively, the declared types are not guaranteed.
  const fromContext: unknown = envelope?.context?.System?.user?.userId;
  const fromSession: unknown = envelope?.session?.user?.userId;
  const userId =
    typeof fromContext === 'string' && fromContext !== '' ? fromContext : typeof fromSession === 'string' && fromSession !== '' ? fromSession : undefined;
  const personId: unknown = envelope?.context?.System?.person?.personId;
  return userId && typeof personId === 'string' && personId !== '' ? `${userId}#${personId}` : userId;
}

/**
 * A stable, non-reversible reference to a person for logs: the same userId always gives the
 * same reference, so an operator can follow one person (or find the item a failed delete left
 * behind, by hashing the table's userIds), but the log never holds the userId itself.
 */
export function userRef(userId: string): string {
  return `u-${createHash('sha256').update(`back-stretch-coach/user/${userId}`).digest('hex').slice(0, 24)}`;
}
