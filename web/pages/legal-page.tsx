/** /privacy and /terms: one layout for both, rendered from the legal texts (skill/text/en/legal.ts). */
import type { PageTexts } from '../../skill/text/page-locale';
import { Layout } from '../layout';

/** One section of a legal page, as the legal texts write it. */
export type LegalSection = PageTexts['legal']['PRIVACY_SECTIONS'][number];

export interface LegalPageProps {
  texts: PageTexts;
  title: string;
  description: string;
  lead: string;
  sections: LegalSection[];
}

export function LegalPage(props: LegalPageProps) {
  return (
    <Layout texts={props.texts} title={props.title} description={props.description} nav="none">
      <h1>{props.title}</h1>
      <p class="lead">{props.lead}</p>
      {props.sections.map((section) => (
        <section id={section.id} aria-labelledby={`${section.id}-heading`}>
          <h2 id={`${section.id}-heading`}>{section.heading}</h2>
          {(section.paragraphs ?? []).map((p) => (
            <p>{p}</p>
          ))}
          {section.items ? (
            <ul>
              {section.items.map((item) => (
                <li>{item}</li>
              ))}
            </ul>
          ) : null}
          {(section.after ?? []).map((p) => (
            <p>{p}</p>
          ))}
        </section>
      ))}
      <p>
        <small>{props.texts.legal.lastUpdated(props.texts.legal.LEGAL_UPDATED)}</small>
      </p>
    </Layout>
  );
}
