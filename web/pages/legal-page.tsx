/** /privacy and /terms: one layout for both, rendered from skill/text/en/legal.ts. */
import { LEGAL_UPDATED, lastUpdated, type LegalSection } from '../../skill/text/en/legal';
import { Layout } from '../layout';

export interface LegalPageProps {
  title: string;
  description: string;
  lead: string;
  sections: LegalSection[];
}

export function LegalPage(props: LegalPageProps) {
  return (
    <Layout title={props.title} description={props.description} nav="none">
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
        <small>{lastUpdated(LEGAL_UPDATED)}</small>
      </p>
    </Layout>
  );
}
