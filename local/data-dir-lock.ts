/**
 * One local run per data folder. LevelDB allows one process per folder, and dynalite crashes
 * (rather than reporting) when the folder is taken, so `npm start` claims the folder first:
 * a `<dataDir>.pid` file holding its process id. A file left by a process that is gone is
 * taken over.
 */
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The data folder ${dataDir} is in use by another "npm start" (process ${pid}). ` +
        'Stop that one first, or run this one with LOCAL_DATA_DIR set to another folder.',
    );
    this.name = 'DataDirInUseError';
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface DataDirLock {
  release(): void;
}

export function lockDataDir(dataDir: string): DataDirLock {
  const lockFile = `${dataDir}.pid`;
  const mine = String(process.pid);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockFile, mine, { flag: 'wx' });
      return {
        release: () => {
          try {
            if (readFileSync(lockFile, 'utf8') === mine) unlinkSync(lockFile);
          } catch {
            // Already gone: nothing to release.
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
    if (Number.isInteger(holder) && holder !== process.pid && isRunning(holder)) throw new DataDirInUseError(dataDir, holder);
    unlinkSync(lockFile); // left behind by a run that is gone
  }
  throw new Error(`Could not claim ${lockFile}.`);
}
