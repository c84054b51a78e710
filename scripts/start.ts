/**
 * `npm start`: runs Back Stretch Coach on this computer with no AWS account. See local/ for
 * the parts and `npm start -- --help` for the settings.
 */
import { ConfigError, readLocalConfig, USAGE } from '../local/config';
import { describeLocalRun, startLocal, StartupError } from '../local/startLocal';

async function main(): Promise<void> {
  let config;
  try {
    config = readLocalConfig(process.env, process.argv.slice(2));
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  if (config === 'help') {
    console.log(USAGE);
    return;
  }

  let run;
  try {
    run = await startLocal(config);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      console.error(`Port ${config.port} is already in use. Stop what uses it, or run with PORT=<another port>.`);
    } else if (error instanceof StartupError) {
      console.error(error.message);
    } else {
      console.error('Back Stretch Coach could not start:', error);
    }
    process.exit(1);
  }
  console.log(describeLocalRun(run));

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (stopping) {
      console.log(`\n${signal} again: exiting without waiting.`);
      process.exit(1);
    }
    stopping = true;
    console.log(`\n${signal} received: stopping the server and the database...`);
    run.stop().then(
      () => {
        console.log('Stopped.');
        process.exit(0);
      },
      (error: unknown) => {
        console.error('Could not stop cleanly:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

await main();
