/**
 * Expands compact sample templates: "(start|begin) my (back |)routine" ->
 * "start my back routine", "start my routine", "begin my back routine", "begin my routine".
 * Groups are "(a|b|c)" (an empty alternative makes the group optional); no nesting.
 * Results are whitespace-normalised and de-duplicated, in template order.
 */
export function expandTemplate(template: string): string[] {
  const group = /\(([^()]*)\)/.exec(template);
  if (!group) return [template.replace(/\s+/g, ' ').trim()];
  const before = template.slice(0, group.index);
  const after = template.slice(group.index + group[0].length);
  const alternatives = (group[1] ?? '').split('|');
  return alternatives.flatMap((alt) => expandTemplate(`${before}${alt}${after}`));
}

export function expandAll(templates: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const template of templates) {
    for (const sample of expandTemplate(template)) {
      if (sample !== '' && !seen.has(sample)) {
        seen.add(sample);
        out.push(sample);
      }
    }
  }
  return out;
}
