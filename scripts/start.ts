/**
 * `npm start`: runs Back Stretch Coach on this computer with no AWS account. See local/ for
 * the parts and `npm start -- --help` for the settings.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ConfigError, readLocalConfig, USAGE } from '../local/config';
import { describeLocalRun, startLocal, StartupError } from '../local/start-local';

// The AWS SDK's notice about future Node versions is noise for someone running the product locally.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

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

  // In a terminal, open the simulator right here, talking to this run's skill endpoint, so one
  // command gives the whole product. Piped or in CI (no TTY), or with --no-talk, just serve.
  let simulator: ChildProcess | undefined;
  if (process.stdin.isTTY && !process.argv.includes('--no-talk')) {
    console.log('\nOpening the simulator: type what you would say to Alexa ("open back stretch coach").\n');
    const talk = fileURLToPath(new URL('./talk.ts', import.meta.url));
    simulator = spawn(process.execPath, ['--import', 'tsx', talk, '--endpoint', run.skillEndpointUrl], { stdio: 'inherit' });
    simulator.on('exit', () => {
      simulator = undefined;
      if (!stopping) console.log('Simulator closed; the page and the skill endpoint keep running. Press Ctrl-C to stop.');
    });
  }

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (stopping) {
      console.log(`\n${signal} again: exiting without waiting.`);
      process.exit(1);
    }
    stopping = true;
    simulator?.kill('SIGTERM');
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
