/**
 * The embedded DynamoDB (dynalite): the one place it is started, for the local run, the
 * simulator, the tests and the benchmarks. In memory, or keeping its data in LevelDB files
 * under `dataDir` (locked, so two runs cannot share it), so progress survives restarts.
 * Listens on 127.0.0.1 only. Throws DataDirInUseError when another run holds the folder.
 */
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';
import { lockDataDir } from './data-dir-lock';

export interface EmbeddedDynamo {
  /** e.g. http://127.0.0.1:8000 */
  endpoint: string;
  /** Where the data is kept; undefined when in memory. */
  dataDir?: string;
  close(): Promise<void>;
}

export interface EmbeddedDynamoOptions {
  /** Keep the data in this folder; in memory when absent. */
  dataDir?: string;
  /** The port to try first (any free port when taken); default: any free port. */
  preferredPort?: number;
}

function listen(server: Server, port: number, hostname: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen(port, hostname, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

/**
 * Starts dynalite on `preferredPort` (e.g. DynamoDB Local's usual 8000), or on any free port
 * when that one is taken, so a second tool on 8000 does not stop the run.
 */
export async function startEmbeddedDynamo(options: EmbeddedDynamoOptions = {}): Promise<EmbeddedDynamo> {
  const { dataDir } = options;
  const preferredPort = options.preferredPort ?? 0;
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const lock = dataDir ? lockDataDir(dataDir) : undefined;
  const hostname = '127.0.0.1';
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0, ...(dataDir ? { path: dataDir } : {}) });
  try {
    try {
      await listen(server, preferredPort, hostname);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || preferredPort === 0) throw error;
      await listen(server, 0, hostname);
    }
  } catch (error) {
    lock?.release();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    endpoint: `http://${hostname}:${port}`,
    ...(dataDir ? { dataDir } : {}),
    close: () => {
      // dynalite's close also closes the LevelDB store (releasing its lock file).
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error?: Error) => {
          lock?.release();
          if (error) reject(error);
          else resolve();
        });
        // Keep-alive sockets from SDK clients would hold close() open.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
