/** Serves the companion app over HTTP with @hono/node-server (local runs and tests). */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { app } from './app';
import { getPlayerScript } from './assets/player-bundle';

export interface WebServerOptions {
  /** 0 picks a free port. */
  port: number;
  hostname: string;
}

export interface RunningWebServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  close(): Promise<void>;
}

export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  // Build the player bundle up front so the first page visit does not wait for esbuild.
  await getPlayerScript();
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.hostname }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error?: Error) => (error ? fail(error) : done()));
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}
