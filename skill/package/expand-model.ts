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

export function* expansions(intents: readonly ModelIntent[], types: readonly SlotType[]): Generator<Expansion> {
  const byName = new Map(types.map((t) => [t.name, phrasesOf(t)]));
  for (const intent of intents) {
    const slotType = new Map((intent.slots ?? []).map((s) => [s.name, s.type]));
    for (const sample of intent.samples) {
      const slots = [...sample.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
      if (slots.length === 0) {
        yield { phrase: sample, intent: intent.name };
        continue;
      }
      const first = (name: string) => byName.get(slotType.get(name) ?? '')?.[0]?.phrase ?? name;
      for (const varied of slots) {
        const type = slotType.get(varied) ?? '';
        const base = slots.filter((s) => s !== varied).reduce((text, s) => text.replace(`{${s}}`, first(s)), sample);
        for (const { phrase, id } of byName.get(type) ?? []) {
          yield { phrase: base.replace(`{${varied}}`, phrase), intent: intent.name, slot: { name: varied, type, phrase, valueId: id } };
        }
      }
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

/**
 * Removes from the given slot types every value phrase that, put into one of its samples, says
 * the same words as another intent's phrase: a phrase belongs to one intent. (The words are
 * still understood: the slot takes them as free words and the handler reads them.)
 */
export function pruneCollisions(intents: readonly ModelIntent[], types: SlotType[], prunable: readonly string[]): SlotType[] {
  // Earlier types in `prunable` keep a phrase two prunable values share; later ones give it up.
  const rank = (type: string) => prunable.indexOf(type);
  // Pass 1: the phrases a prunable value makes. Pass 2: who else says them.
  const made = new Map<string, Expansion[]>();
  for (const e of expansions(intents, types)) {
    if (!e.slot || rank(e.slot.type) < 0) continue;
    const list = made.get(e.phrase);
    if (list) list.push(e);
    else made.set(e.phrase, [e]);
  }
  const drop = new Map<string, Set<string>>();
  for (const e of expansions(intents, types)) {
    const mineList = made.get(e.phrase);
    if (!mineList) continue;
    for (const mine of mineList) {
      if (mine.intent === e.intent || !mine.slot) continue;
      // Both prunable: only the lower-ranked one gives way.
      if (e.slot && rank(e.slot.type) >= 0 && rank(e.slot.type) > rank(mine.slot.type)) continue;
      drop.set(mine.slot.type, (drop.get(mine.slot.type) ?? new Set()).add(mine.slot.phrase));
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
