/**
 * The embedded DynamoDB for local runs: dynalite, keeping its data in LevelDB files under
 * `dataDir`, so progress survives restarts. Listens on 127.0.0.1 only. Throws
 * DataDirInUseError when another local run holds the folder.
 */
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';
import { lockDataDir } from './dataDirLock';

export interface EmbeddedDynamo {
  /** e.g. http://127.0.0.1:8000 */
  endpoint: string;
  dataDir: string;
  close(): Promise<void>;
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
 * Starts dynalite on `preferredPort` (DynamoDB Local's usual 8000), or on any free port when
 * that one is taken, so a second tool on 8000 does not stop the local run.
 */
export async function startEmbeddedDynamo(options: { dataDir: string; preferredPort: number }): Promise<EmbeddedDynamo> {
  mkdirSync(options.dataDir, { recursive: true });
  const lock = lockDataDir(options.dataDir);
  const hostname = '127.0.0.1';
  const server = dynalite({ path: options.dataDir, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  try {
    try {
      await listen(server, options.preferredPort, hostname);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || options.preferredPort === 0) throw error;
      await listen(server, 0, hostname);
    }
  } catch (error) {
    lock.release();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    endpoint: `http://${hostname}:${port}`,
    dataDir: options.dataDir,
    close: () => {
      // dynalite's close also closes the LevelDB store (releasing its lock file).
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error?: Error) => {
          lock.release();
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
