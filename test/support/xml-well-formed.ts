/**
 * A strict XML 1.0 well-formedness check for the SSML the skill sends (what Alexa's parser
 * needs, beyond ssml-check-core's tag rules): only characters XML allows, tags that nest and
 * close, quoted attributes, known or numeric entity references. Returns the problems found.
 */
function illegalCharacters(xml: string): string[] {
  const problems: string[] = [];
  for (const char of xml) {
    const code = char.codePointAt(0)!;
    const legal =
      code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
    if (!legal) problems.push(`illegal character U+${code.toString(16).toUpperCase().padStart(4, '0')}`);
  }
  return problems;
}

const NAME = '[A-Za-z_:][-A-Za-z0-9_:.]*';
const ATTRIBUTE = new RegExp(`^\\s+(${NAME})\\s*=\\s*("[^"<]*"|'[^'<]*')`);
const ENTITY = /^&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/;

export function xmlProblems(xml: string): string[] {
  const problems = illegalCharacters(xml);
  const open: string[] = [];
  let i = 0;
  let roots = 0;
  while (i < xml.length) {
    const char = xml[i]!;
    if (char === '<') {
      const end = xml.indexOf('>', i);
      if (end === -1) return [...problems, `unclosed tag at ${i}`];
      const tag = xml.slice(i + 1, end);
      if (tag.startsWith('/')) {
        const name = tag.slice(1).trim();
        if (open.pop() !== name) problems.push(`</${name}> does not close the open element`);
      } else {
        const match = new RegExp(`^(${NAME})`).exec(tag);
        if (!match) problems.push(`bad tag <${tag.slice(0, 30)}>`);
        else {
          let rest = tag.slice(match[1]!.length);
          const selfClosing = rest.endsWith('/');
          if (selfClosing) rest = rest.slice(0, -1);
          const seen = new Set<string>();
          for (let attribute = ATTRIBUTE.exec(rest); attribute; attribute = ATTRIBUTE.exec(rest)) {
            if (seen.has(attribute[1]!)) problems.push(`duplicate attribute ${attribute[1]}`);
            seen.add(attribute[1]!);
            rest = rest.slice(attribute[0].length);
          }
          if (rest.trim() !== '') problems.push(`bad attributes in <${tag.slice(0, 40)}>`);
          if (open.length === 0) roots += 1;
          if (!selfClosing) open.push(match[1]!);
        }
      }
      i = end + 1;
    } else if (char === '&') {
      const entity = ENTITY.exec(xml.slice(i, i + 12));
      if (!entity) problems.push(`bad entity at ${i}: ${xml.slice(i, i + 10)}`);
      i += entity ? entity[0].length : 1;
    } else if (char === '>') {
      problems.push(`stray > at ${i}`);
      i += 1;
    } else {
      if (open.length === 0 && !/\s/.test(char)) problems.push(`text outside the root element at ${i}`);
      i += 1;
    }
  }
  if (open.length > 0) problems.push(`unclosed <${open.join('>, <')}>`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
