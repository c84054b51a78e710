/** The 500 page: calm, with the way back. */
import type { PageTexts } from '../../skill/text/page-locale';
import { Layout } from '../layout';

export function ErrorPage({ texts }: { texts: PageTexts }) {
  const words = texts.web.errors;
  return (
    <Layout texts={texts} title={words.ERROR_TITLE} description={words.ERROR_DESCRIPTION} nav="none">
      <h1>{words.ERROR_HEADING}</h1>
      <p class="lead">{words.ERROR_LEAD}</p>
      <p>
        <a href="/">{words.HOME_LINK}</a> {words.OR} <a href="/safety">{words.SAFETY_GUIDANCE_LINK}</a>.
      </p>
    </Layout>
  );
}
