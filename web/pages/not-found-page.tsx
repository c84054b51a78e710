/** The 404 page: says what happened and offers the way back. */
import type { Stretch } from '../../skill/catalog/types';
import { Layout } from '../layout';

export interface NotFoundPageProps {
  stretches: Stretch[];
}

export function NotFoundPage({ stretches }: NotFoundPageProps) {
  return (
    <Layout title="Page not found" description="This page does not exist." nav="none">
      <h1>We couldn't find that page</h1>
      <p class="lead">The address may be mistyped, or the page has moved.</p>
      <p>
        <a href="/">Go to the home page</a> or <a href="/#stretches">browse all stretches</a>.
      </p>
      <h2>The stretches</h2>
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
