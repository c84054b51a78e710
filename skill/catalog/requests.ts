/**
 * What a request asks for, without the polite words around it ("yes could we do my back
 * please" asks for "back"). The words are the language's (`language.requests`); the patterns
 * are built from them here, once per language.
 */
import type { Language } from '../text/language';
import { anyWholeWords } from './text';

interface RequestPatterns {
  leadIn: RegExp;
  closing: RegExp;
  article: RegExp;
}

/** Never matches: a language without such words. */
const NOTHING = /(?!)/u;

/** Any of the phrases, the longest first so the longest one said is the one dropped. */
function anyOf(phrases: readonly string[]): string | undefined {
  if (phrases.length === 0) return undefined;
  return anyWholeWords([...phrases].sort((a, b) => b.length - a.length));
}

const patternsByLanguage = new WeakMap<Language, RequestPatterns>();

function patternsOf(language: Language): RequestPatterns {
  let patterns = patternsByLanguage.get(language);
  if (!patterns) {
    const { openers, leadIns, closings, articles } = language.requests;
    const opener = anyOf(openers);
    const leadIn = anyOf(leadIns);
    const closing = anyOf(closings);
    const article = anyOf(articles);
    patterns = {
      leadIn: leadIn ? new RegExp(`^${opener ? `(?:(?:${opener}) )?` : ''}(?:${leadIn}) `, 'u') : NOTHING,
      closing: closing ? new RegExp(`\\s+(?:${closing})$`, 'u') : NOTHING,
      article: article ? new RegExp(`^(?:${article})\\s+`, 'u') : NOTHING,
    };
    patternsByLanguage.set(language, patterns);
  }
  return patterns;
}

/** The request without its opening and closing ("could we do my back please" -> "my back"). Words in lower case, single spaces. */
function withoutLeadIn(said: string, language: Language): string {
  const { leadIn, closing } = patternsOf(language);
  return said.replace(leadIn, '').replace(closing, '');
}

/** The words without the article before them ("my back" -> "back"). */
function withoutArticle(said: string, language: Language): string {
  return said.replace(patternsOf(language).article, '');
}

/** The readings of a request to try in turn: as said, without its article, without its lead-in, without both. */
export function requestReadings(said: string, language: Language): string[] {
  const bare = withoutLeadIn(said, language);
  return [said, withoutArticle(said, language), bare, withoutArticle(bare, language)];
}
