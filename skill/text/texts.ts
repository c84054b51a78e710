/**
 * The shape of a language's texts: English is the reference, so a new language is a folder
 * `skill/text/<lang>/` whose index exports a bundle of this type (the compiler lists what is
 * missing), plus one line in ../text/locale.ts.
 */
import type { english } from './en/index';
import type { englishPages } from './en/page-bundle';
import type { Language } from './language';

export type Texts = Widened<typeof english>;

/** The companion pages' texts: the skill's and the pages' own (web, legal, player, site). */
export type PageTexts = Widened<typeof englishPages>;

/**
 * What another language must give: English's shape with its words widened (a string where
 * English has the literal "that one", a number where it has 3), so a second bundle of type
 * `Texts` compiles with its own words. Functions keep their parameters; the grammar
 * (`Language`), sets and maps are typed already and stay as they are.
 */
export type Widened<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends (...args: infer A) => infer R
        ? (...args: A) => Widened<R>
        : T extends Language | ReadonlySet<unknown> | ReadonlyMap<unknown, unknown> | RegExp
          ? T
          : T extends object
            ? { [K in keyof T]: Widened<T[K]> }
            : T;
