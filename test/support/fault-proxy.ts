/**
 * A small fault-injecting proxy in front of the embedded DynamoDB (dynalite), on 127.0.0.1:
 * the real SDK client talks to it as it would to DynamoDB, and the proxy passes requests
 * through, or, for the operations a fault names (X-Amz-Target), resets the connection (before
 * or after DynamoDB did the work), stalls (never answers), delays, or answers the way
 * DynamoDB throttles (HTTP 400 ThrottlingException).
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { seededRandom } from './seeded-random';

export type FaultKind = 'reset' | 'reset-after' | 'stall' | 'delay' | 'throttle';

export interface Fault {
  kind: FaultKind;
  /** DynamoDB operations it applies to ('GetItem', 'PutItem', ...); all when absent. */
  operations?: string[];
  /** Share of matching requests it hits, 0..1 (default 1). */
  rate?: number;
  /** For 'delay': how long each matching request waits before it is passed on. */
  delayMs?: number;
}

export interface FaultProxy {
  endpoint: string;
  /** The fault now in force (undefined: pass everything through). */
  setFault(fault: Fault | undefined): void;
  /** Requests the current and past faults hit. */
  readonly injected: number;
  /** Requests seen, per operation. */
  readonly seen: Record<string, number>;
  close(): Promise<void>;
}

const THROTTLED = JSON.stringify({
  __type: 'com.amazonaws.dynamodb.v20120810#ThrottlingException',
  message: 'Rate of requests exceeds the allowed throughput.',
});

function operationOf(req: IncomingMessage): string {
  const target = req.headers['x-amz-target'];
  const value = Array.isArray(target) ? target[0] : target;
  return value?.split('.').pop() ?? 'unknown';
}


export async function startFaultProxy(target: string, seed = 1): Promise<FaultProxy> {
  const upstream = new URL(target);
  const random = seededRandom(seed);
  const sockets = new Set<Socket>();
  const stalled = new Set<ServerResponse>();
  let fault: Fault | undefined;
  let injected = 0;
  const seen: Record<string, number> = {};

  const forward = (req: IncomingMessage, body: Buffer, res: ServerResponse, after?: () => void): void => {
    const out = httpRequest(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          if (after) return after();
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          res.end(Buffer.concat(chunks));
        });
      },
    );
    out.on('error', () => res.socket?.destroy());
    out.end(body);
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const operation = operationOf(req);
      seen[operation] = (seen[operation] ?? 0) + 1;
      const active = fault;
      const hits = active && (!active.operations || active.operations.includes(operation)) && random() < (active.rate ?? 1);
      if (!active || !hits) return forward(req, body, res);
      injected += 1;
      switch (active.kind) {
        case 'reset':
          return req.socket.resetAndDestroy();
        case 'reset-after':
          // DynamoDB did the work; the answer is lost on the way back.
          return forward(req, body, res, () => req.socket.resetAndDestroy());
        case 'stall':
          stalled.add(res);
          return;
        case 'delay':
          setTimeout(() => forward(req, body, res), active.delayMs ?? 1000);
          return;
        case 'throttle':
          res.writeHead(400, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': `throttled-${injected}` });
          res.end(THROTTLED);
          return;
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    setFault(next) {
      fault = next;
    },
    get injected() {
      return injected;
    },
    seen,
    async close() {
      for (const res of stalled) res.destroy();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
