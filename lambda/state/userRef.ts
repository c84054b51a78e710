/** Who a request is for, and how logs refer to that person without revealing their userId. */
import { createHash } from 'node:crypto';
import type { RequestEnvelope } from 'ask-sdk-model';

/** The Alexa userId of a request, from context.System.user (or session.user); undefined when absent. */
export function userIdOf(envelope: RequestEnvelope | undefined): string | undefined {
  // Envelopes arrive from outside: read defensively, the declared types are not guaranteed.
  const fromContext: unknown = envelope?.context?.System?.user?.userId;
  if (typeof fromContext === 'string' && fromContext !== '') return fromContext;
  const fromSession: unknown = envelope?.session?.user?.userId;
  if (typeof fromSession === 'string' && fromSession !== '') return fromSession;
  return undefined;
}

/**
 * A stable, non-reversible reference to a person for logs: the same userId always gives the
 * same reference, so an operator can follow one person (or find the item a failed delete left
 * behind, by hashing the table's userIds), but the log never holds the userId itself.
 */
export function userRef(userId: string): string {
  return `u-${createHash('sha256').update(`back-stretch-coach/user/${userId}`).digest('hex').slice(0, 24)}`;
}
