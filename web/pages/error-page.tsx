/** The 500 page: calm, with the way back. */
import { Layout } from '../layout';

export function ErrorPage() {
  return (
    <Layout title="Something went wrong" description="An error on our side." nav="none">
      <h1>Something went wrong on our side</h1>
      <p class="lead">Please try again in a moment.</p>
      <p>
        <a href="/">Go to the home page</a> or <a href="/safety">read the safety guidance</a>.
      </p>
    </Layout>
  );
}
