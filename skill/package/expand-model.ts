/**
 * The fully expanded model: every sample with every value and synonym of each of its slots
 * (one slot varied at a time, the others at their first value), with the intents it belongs
 * to. The conflict check and the build's collision pruning read this.
 */
import type { ModelIntent, SlotType } from './model-types';

export interface Expansion {
  phrase: string;
  intent: string;
  /** The slot and type whose value was put in, when there was one. */
  slot?: { name: string; type: string; phrase: string; valueId: string };
}

function phrasesOf(type: SlotType | undefined): { phrase: string; id: string }[] {
  return (type?.values ?? []).flatMap((v) => [v.name.value, ...(v.name.synonyms ?? [])].map((phrase) => ({ phrase, id: v.id })));
}

/**
 * One sample with one slot varied: its phrases are `before + value + after` for every value
 * phrase of `type` (the other slots at their first value); a slot-less sample is one frame
 * with no slot, its phrase `before`.
 */
interface Frame {
  intent: string;
  before: string;
  after: string;
  slot?: { name: string; type: string; values: readonly { phrase: string; id: string }[] };
}

function* frames(intents: readonly ModelIntent[], types: readonly SlotType[]): Generator<Frame> {
  const byName = new Map(types.map((t) => [t.name, phrasesOf(t)]));
  for (const intent of intents) {
    const slotType = new Map((intent.slots ?? []).map((s) => [s.name, s.type]));
    for (const sample of intent.samples) {
      const slots = [...sample.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
      if (slots.length === 0) {
        yield { intent: intent.name, before: sample, after: '' };
        continue;
      }
      const first = (name: string) => byName.get(slotType.get(name) ?? '')?.[0]?.phrase ?? name;
      for (const varied of slots) {
        const type = slotType.get(varied) ?? '';
        const base = slots.filter((s) => s !== varied).reduce((text, s) => text.replace(`{${s}}`, first(s)), sample);
        const at = base.indexOf(`{${varied}}`);
        yield {
          intent: intent.name,
          before: base.slice(0, at),
          after: base.slice(at + varied.length + 2),
          slot: { name: varied, type, values: byName.get(type) ?? [] },
        };
      }
    }
  }
}

export function* expansions(intents: readonly ModelIntent[], types: readonly SlotType[]): Generator<Expansion> {
  for (const { intent, before, after, slot } of frames(intents, types)) {
    if (!slot) {
      yield { phrase: before, intent };
      continue;
    }
    for (const { phrase, id } of slot.values) {
      yield { phrase: before + phrase + after, intent, slot: { name: slot.name, type: slot.type, phrase, valueId: id } };
    }
  }
}

/** Phrases that belong to more than one intent, with those intents. */
export function conflicts(intents: readonly ModelIntent[], types: readonly SlotType[]): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  for (const { phrase, intent } of expansions(intents, types)) {
    const set = owners.get(phrase) ?? new Set<string>();
    set.add(intent);
    owners.set(phrase, set);
  }
  return new Map([...owners].filter(([, set]) => set.size > 1));
}

/** A phrase a prunable value makes: whose it is, and the value phrase that made it. */
interface Made {
  intent: string;
  type: string;
  rank: number;
  phrase: string;
}

/**
 * Removes from the given slot types every value phrase that, put into one of its samples, says
 * the same words as another intent's phrase: a phrase belongs to one intent. (The words are
 * still understood: the slot takes them as free words and the handler reads them.)
 */
export function pruneCollisions(intents: readonly ModelIntent[], types: SlotType[], prunable: readonly string[]): SlotType[] {
  // Earlier types in `prunable` keep a phrase two prunable values share; later ones give it up.
  const rank = (type: string) => prunable.indexOf(type);
  const all = [...frames(intents, types)];
  // Pass 1: the phrases a prunable value makes. Pass 2: who else says them.
  const made = new Map<string, Made[]>();
  for (const { intent, before, after, slot } of all) {
    const slotRank = slot ? rank(slot.type) : -1;
    if (!slot || slotRank < 0) continue;
    for (const { phrase } of slot.values) {
      const whole = before + phrase + after;
      const mine: Made = { intent, type: slot.type, rank: slotRank, phrase };
      const list = made.get(whole);
      if (list) list.push(mine);
      else made.set(whole, [mine]);
    }
  }
  const drop = new Map<string, Set<string>>();
  const check = (whole: string, intent: string, otherRank: number) => {
    const mineList = made.get(whole);
    if (!mineList) return;
    for (const mine of mineList) {
      if (mine.intent === intent) continue;
      // Both prunable: only the lower-ranked one gives way.
      if (otherRank >= 0 && otherRank > mine.rank) continue;
      drop.set(mine.type, (drop.get(mine.type) ?? new Set()).add(mine.phrase));
    }
  };
  for (const { intent, before, after, slot } of all) {
    if (!slot) {
      check(before, intent, -1);
      continue;
    }
    const slotRank = rank(slot.type);
    for (const { phrase } of slot.values) {
      check(before + phrase + after, intent, slotRank);
    }
  }
  return types.map((type) => {
    const gone = drop.get(type.name);
    if (!gone) return type;
    const values = type.values.flatMap((v) => {
      const kept = [v.name.value, ...(v.name.synonyms ?? [])].filter((p) => !gone.has(p));
      const [value, ...synonyms] = kept;
      if (!value) return [];
      return [synonyms.length > 0 ? { id: v.id, name: { value, synonyms } } : { id: v.id, name: { value } }];
    });
    return { ...type, values };
  });
}
