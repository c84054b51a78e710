/** Small helpers for reading server-rendered HTML in route tests (no DOM needed). */

export function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCharCode(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The visible text of an HTML fragment, whitespace collapsed. */
export function textOf(html: string): string {
  return decodeEntities(html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text of the first element matching an opening-tag pattern, e.g. `<dd data-fact="hold">`. */
export function textOfElement(html: string, tag: string, attributes: string): string | undefined {
  const match = new RegExp(`<${tag}[^>]*${attributes}[^>]*>([\\s\\S]*?)</${tag}>`).exec(html);
  return match?.[1] === undefined ? undefined : textOf(match[1]);
}
