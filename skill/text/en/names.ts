/** How a stretch's name sits inside a spoken sentence. */
import type { Stretch } from '../../catalog/types';

/** "the piriformis stretch", "cat cow": the spoken name with its article, when it takes one. */
export function nameInSentence(stretch: Pick<Stretch, 'spokenName' | 'spokenArticle'>): string {
  return stretch.spokenArticle ? `${stretch.spokenArticle} ${stretch.spokenName}` : stretch.spokenName;
}
