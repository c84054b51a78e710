/**
 * One HTTP server for the local run: POST /alexa is the skill endpoint, everything else is
 * the companion web app. One port means one HTTPS tunnel serves both Alexa's requests and
 * the card images and pages the skill links to.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono } from 'hono';
import { app as companionApp } from '../web/app';
import { getPlayerScript } from '../web/assets/player-bundle';
import type { AlexaRequestVerifier } from './alexa-verification';
import { createSkillEndpoint, type SkillHandler } from './skill-endpoint';
import { createAudioRoutes } from '../web/routes/audio-files';
import { createStreamRoutes } from '../web/routes/stream-api';
import { createLocalBrowserAudio } from './local-skill';

export const SKILL_ENDPOINT_PATH = '/alexa';

export interface LocalServerOptions {
  /** 0 picks a free port. */
  port: number;
  hostname: string;
  skillHandler: SkillHandler;
  verifier?: AlexaRequestVerifier;
  /** Folder of rendered hands-free audio, published under /audio. */
  audioDir?: string;
  /** Hosts the endpoint is published under (an HTTPS tunnel's), besides this computer's. */
  publicHosts?: readonly string[];
}

export interface RunningLocalServer {
  port: number;
  close(): Promise<void>;
}

export function createLocalApp(options: Pick<LocalServerOptions, 'skillHandler' | 'verifier' | 'audioDir' | 'publicHosts'>): Hono {
  const root = new Hono();
  root.route(
    SKILL_ENDPOINT_PATH,
    createSkillEndpoint({
      handler: options.skillHandler,
      ...(options.verifier ? { verifier: options.verifier } : {}),
      ...(options.publicHosts ? { publicHosts: options.publicHosts } : {}),
      remoteAddress: (c) => getConnInfo(c).remote.address,
    }),
  );
  if (options.audioDir) {
    root.route('/audio', createAudioRoutes(options.audioDir));
    root.route('/api/stream', createStreamRoutes(createLocalBrowserAudio(options.audioDir)));
  }
  root.all('*', (c) => companionApp.fetch(c.req.raw, c.env));
  return root;
}

export async function startLocalServer(options: LocalServerOptions): Promise<RunningLocalServer> {
  // Bundle the browser player now, so the first page visit does not wait for esbuild.
  await getPlayerScript();
  const app = createLocalApp(options);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.hostname }, (info: AddressInfo) => {
      server.off('error', reject);
      let closing: Promise<void> | undefined;
      resolve({
        port: info.port,
        close: () => {
          closing ??= new Promise<void>((done, fail) => {
            server.close((error?: Error) => (error ? fail(error) : done()));
            if ('closeAllConnections' in server) server.closeAllConnections();
          });
          return closing;
        },
      });
    });
    server.once('error', reject);
  });
}
