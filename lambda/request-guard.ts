/**
 * What reaches ask-sdk from outside, made safe to process: session attributes nested deeper
 * than any we write (ask-sdk copies them with JSON.stringify/parse, which overflows the stack
 * on thousands of levels) are dropped, as if the session carried none.
 */
import type { RequestEnvelope } from 'ask-sdk-model';

/** Our own session attributes are a few levels deep; anything past this is not ours. */
export const MAX_ATTRIBUTE_DEPTH = 24;
/** And never this many values. */
export const MAX_ATTRIBUTE_NODES = 20_000;

/** True when `value` stays within the depth and size limits (checked without recursion). */
export function withinLimits(value: unknown, maxDepth = MAX_ATTRIBUTE_DEPTH, maxNodes = MAX_ATTRIBUTE_NODES): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value: item, depth } = stack.pop()!;
    if (++nodes > maxNodes) return false;
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= maxDepth) return false;
    for (const child of Object.values(item as Record<string, unknown>)) stack.push({ value: child, depth: depth + 1 });
  }
  return true;
}

export function guardEnvelope(envelope: RequestEnvelope): RequestEnvelope {
  const session: unknown = (envelope as { session?: unknown } | undefined)?.session;
  if (typeof session !== 'object' || session === null) return envelope;
  const attributes: unknown = (session as { attributes?: unknown }).attributes;
  if (attributes === undefined || withinLimits(attributes)) return envelope;
  return { ...envelope, session: { ...(session as RequestEnvelope['session'] & object), attributes: {} } };
}
