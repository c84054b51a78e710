/**
 * DynamoDB attribute values -> plain JSON-like data, for reading items written by other code
 * (a persistence adapter's map, a hand-restored item). Depth-limited; binary values and
 * anything unknown read as undefined. Never throws.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';

const MAX_DEPTH = 32;

export function fromAttributeValue(value: AttributeValue | undefined, depth = 0): unknown {
  if (!value || depth > MAX_DEPTH) return undefined;
  if (value.S !== undefined) return value.S;
  if (value.N !== undefined) return Number(value.N);
  if (value.BOOL !== undefined) return value.BOOL;
  if (value.NULL !== undefined) return null;
  if (value.SS !== undefined) return [...value.SS];
  if (value.NS !== undefined) return value.NS.map(Number);
  if (value.L !== undefined) return value.L.map((item) => fromAttributeValue(item, depth + 1));
  if (value.M !== undefined) return fromAttributeMap(value.M, depth + 1);
  return undefined;
}

export function fromAttributeMap(map: Record<string, AttributeValue> | undefined, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!map || depth > MAX_DEPTH) return out;
  for (const [key, item] of Object.entries(map)) {
    const plain = fromAttributeValue(item, depth);
    if (plain !== undefined) out[key] = plain;
  }
  return out;
}
