/**
 * The companion web server in its own process for the load test (so the load generator
 * does not share its event loop): startWebServer on 127.0.0.1, port 0. Prints its URL as
 * one JSON line; exits when the parent disconnects or sends SIGTERM.
 */
import { startWebServer } from '../web/serve';

const server = await startWebServer({ port: 0, hostname: '127.0.0.1' });
console.log(JSON.stringify({ url: server.url }));

let closing = false;
async function shutdown(): Promise<void> {
  if (closing) return;
  closing = true;
  await server.close().catch(() => undefined);
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown());
// The parent asks for this process's CPU time around each load run (per-request CPU cost).
process.on('message', (message) => {
  if (message === 'cpu') process.send?.({ cpu: process.cpuUsage() });
});
process.on('disconnect', () => void shutdown());
