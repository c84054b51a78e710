/** The 404 page: says what happened and offers the way back. */
import type { Stretch } from '../../skill/catalog/types';
import type { PageTexts } from '../../skill/text/page-locale';
import { Layout } from '../layout';

export interface NotFoundPageProps {
  texts: PageTexts;
  stretches: readonly Stretch[];
}

export function NotFoundPage({ texts, stretches }: NotFoundPageProps) {
  const words = texts.web.errors;
  return (
    <Layout texts={texts} title={words.NOT_FOUND_TITLE} description={words.NOT_FOUND_DESCRIPTION} nav="none">
      <h1>{words.NOT_FOUND_HEADING}</h1>
      <p class="lead">{words.NOT_FOUND_LEAD}</p>
      <p>
        <a href="/">{words.HOME_LINK}</a> {words.OR} <a href="/#stretches">{words.BROWSE_STRETCHES_LINK}</a>.
      </p>
      <h2>{words.THE_STRETCHES}</h2>
      <ul>
        {stretches.map((stretch) => (
          <li>
            <a href={`/stretches/${stretch.id}`}>{stretch.name}</a>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
