/**
 * Lighthouse on every page of the companion site, mobile and desktop, against a local
 * server. Prints each page's four scores and what kept any below 100; exits non-zero when
 * a score is below 100. (The browser test runs one page of each kind; this runs them all.)
 * Usage: npx tsx scripts/audit-pages.ts [path ...]
 */
import { startWebServer } from '../web/serve';
import { ROUTE_PATHS } from '../web/site-map';
import { startLighthouse, type FormFactor } from '../web/audit/lighthouse-run';

const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : [...ROUTE_PATHS];
const server = await startWebServer({ port: 0, hostname: '127.0.0.1' });
const runner = await startLighthouse();
let below = 0;
try {
  for (const path of paths) {
    for (const formFactor of ['mobile', 'desktop'] as FormFactor[]) {
      const result = await runner.score(`${server.url}${path}`, formFactor);
      const line = Object.entries(result.scores).map(([k, v]) => `${k} ${v}`).join(', ');
      console.log(`${path} ${formFactor}: ${line}`);
      if (result.runtimeError) console.log(`    Lighthouse could not measure it: ${result.runtimeError}`);
      for (const f of result.failing) console.log(`    ${f}`);
      if (Object.values(result.scores).some((v) => v < 100)) below++;
    }
  }
} finally {
  await runner.close();
  await server.close();
}
process.exitCode = below > 0 ? 1 : 0;
