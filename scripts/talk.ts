/**
 * Talk to the skill from a terminal: npm run talk
 *
 * Type what you would say to Alexa. Each phrase goes through the committed en-US interaction
 * model to a real request envelope, to the skill's Lambda handler in this process (default) or
 * to a running endpoint (--endpoint), and what Alexa would say is printed as readable text.
 *
 *   npm run talk                                   interactive
 *   npm run talk -- "open back stretch coach" "start my back routine"
 *   echo "start my back routine" | npm run talk    one phrase per line
 *
 * Options: --endpoint URL  --apl  --realtime  --speak  --json  --locale en-GB  --user ID
 *          --db-path DIR (keep the embedded DynamoDB on disk)  --help
 * In the conversation: an empty line is silence; /silence, /end, /canfulfill PHRASE, /json, /help, /quit;
 * hands-free streams: /wait SECONDS, /at SECONDS PHRASE (e.g. /at 42 pause), /player.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { LOCALES } from '../skill/package/intents';
import { mp3DurationMs } from '../skill/audio/mp3';
import { createLocalSkill } from '../local/local-skill';
import type { InteractionModelFile } from '../skill/package/model-types';
import { LOCAL_USER_ID } from '../local/simulator/envelopes';
import { formatTurnSections } from '../local/simulator/format-turn';
import { ensureLocalDynamo, type LocalDynamo } from '../local/simulator/local-dynamo';
import { espeakAvailable, playSpeech } from '../local/simulator/playback';
import { AlexaSimulator, type Transport, type Turn } from '../local/simulator/simulator';
import { httpTransport, inProcessTransport } from '../local/simulator/transports';

const LOCAL_AUDIO_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '.local', 'audio');

/** A streamed track's length: from the local render folder, or fetched from the running endpoint's /audio. */
async function trackDurationOf(url: string, remote: boolean): Promise<number | undefined> {
  try {
    const bytes = remote
      ? new Uint8Array(await (await fetch(url, { signal: AbortSignal.timeout(5000) })).arrayBuffer())
      : new Uint8Array(readFileSync(join(LOCAL_AUDIO_DIR, basename(new URL(url).pathname))));
    return mp3DurationMs(bytes);
  } catch {
    return undefined;
  }
}

// The AWS SDK's notice about future Node versions is noise for someone talking to the skill.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

interface CliOptions {
  endpoint?: string;
  apl: boolean;
  realtime: boolean;
  speak: boolean;
  json: boolean;
  locale: string;
  userId: string;
  dbPath?: string;
  phrases: string[];
  help: boolean;
}

const USAGE = `Talk to Back Stretch Coach as if to Alexa.

  npm run talk [-- options] [phrase ...]
  echo "start my back routine" | npm run talk

Options:
  --endpoint URL   send to a running skill endpoint (e.g. http://127.0.0.1:3000/alexa)
                   instead of the handler in this process
  --apl            be an Echo Show (the device supports Alexa.Presentation.APL)
  --realtime       wait out the pauses and the estimated speaking time
  --speak          also speak through espeak-ng when it is installed (implies --realtime)
  --json           print the raw request and response envelopes
  --locale L       one of ${LOCALES.join(', ')} (default en-US)
  --user ID        the Alexa userId (default: a fixed local user)
  --db-path DIR    keep the embedded DynamoDB in DIR, so progress survives restarts

While talking: an empty line is silence (Alexa plays the reprompt, then closes the session).
  /silence  say nothing     /end  close the session ("Alexa, exit")
  /wait S   let a hands-free stream play on for S seconds (tracks end, the next start)
  /at S PHRASE   say PHRASE when the playing track is at S seconds ("/at 42 pause")
  /player   what the audio player is doing
  /canfulfill PHRASE        ask name-free: would the skill handle PHRASE?
  /json     toggle JSON     /help this text     /quit  leave`;

function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { apl: false, realtime: false, speak: false, json: false, locale: 'en-US', userId: LOCAL_USER_ID, phrases: [], help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--endpoint') options.endpoint = value();
    else if (arg === '--apl') options.apl = true;
    else if (arg === '--realtime') options.realtime = true;
    else if (arg === '--speak') options.speak = options.realtime = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--locale') options.locale = value();
    else if (arg === '--user') options.userId = value();
    else if (arg === '--db-path') options.dbPath = value();
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg.startsWith('--')) throw new Error(`Unknown option ${arg}`);
    else options.phrases.push(arg);
  }
  if (!(LOCALES as readonly string[]).includes(options.locale)) throw new Error(`Unsupported locale ${options.locale}`);
  return options;
}

function loadModel(locale: string): InteractionModelFile {
  const path = join(dirname(fileURLToPath(import.meta.url)), '..', 'skill', 'package', 'interactionModels', 'custom', `${locale}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as InteractionModelFile;
}

class Session {
  failures = 0;
  private json: boolean;
  private espeakNoteShown = false;

  constructor(
    private readonly simulator: AlexaSimulator,
    private readonly options: CliOptions,
    /** Print "you: ..." for each phrase (not needed when the person typed it at the prompt). */
    private readonly echo: boolean,
  ) {
    this.json = options.json;
  }

  private async show(turn: Turn): Promise<void> {
    const { heard, speech, details } = formatTurnSections(turn, { json: this.json });
    for (const line of heard) console.log(line);
    const spoken = turn.response && turn.request?.request.type !== 'SessionEndedRequest' ? turn.response.response.outputSpeech : turn.repromptPlayed?.outputSpeech;
    if (this.options.realtime && speech !== undefined) {
      const speak = this.options.speak && espeakAvailable();
      if (this.options.speak && !speak && !this.espeakNoteShown) {
        console.log('  (espeak-ng is not installed: showing the speech in real time, without sound)');
        this.espeakNoteShown = true;
      }
      await playSpeech(spoken, { speak, write: (text) => process.stdout.write(text) });
    } else if (speech !== undefined) {
      console.log(speech);
    }
    for (const line of details) console.log(line);
    if (turn.error) this.failures++;
  }

  /** Handles one line of input; false when the person wants to leave. */
  async handle(line: string): Promise<boolean> {
    const input = line.trim();
    if (input === '/quit' || input === '/exit') return false;
    if (input === '/help') {
      console.log(USAGE);
      return true;
    }
    if (input === '/json') {
      this.json = !this.json;
      console.log(`  (JSON ${this.json ? 'on' : 'off'})`);
      return true;
    }
    if (input === '' || input === '/silence') {
      if (this.echo) console.log('you: ...');
      await this.show(await this.simulator.silence());
      return true;
    }
    if (input === '/end') {
      await this.show(await this.simulator.endSession('USER_INITIATED'));
      return true;
    }
    if (input === '/player') {
      console.log(`  (${this.simulator.player.describe()})`);
      return true;
    }
    const wait = /^\/wait\s+(\d+(?:\.\d+)?)$/.exec(input);
    if (wait) {
      await this.show(await this.simulator.wait(Number(wait[1])));
      return true;
    }
    const at = /^\/at\s+(\d+(?:\.\d+)?)\s+(.+)$/.exec(input);
    if (at) {
      if (this.echo) console.log(`you (at ${at[1]} s): ${at[2]}`);
      await this.show(await this.simulator.sayAt(Number(at[1]), at[2]!));
      return true;
    }
    if (input.startsWith('/canfulfill ')) {
      const phrase = input.slice('/canfulfill '.length).trim();
      if (this.echo) console.log(`you (name-free): ${phrase}`);
      await this.show(await this.simulator.canFulfill(phrase));
      return true;
    }
    if (input.startsWith('/')) {
      console.log(`  (unknown command ${input}; /help lists them)`);
      return true;
    }
    if (this.echo) console.log(`you: ${input}`);
    await this.show(await this.simulator.say(input));
    return true;
  }
}

async function readStdinLines(): Promise<string[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/).map((l) => l.trim()).filter((l, i, all) => l !== '' || i < all.length - 1);
}

async function main(): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 64;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }

  let dynamo: LocalDynamo | undefined;
  let transport: Transport;
  let where: string;
  try {
    if (options.endpoint) {
      transport = httpTransport(options.endpoint);
      where = `the skill endpoint at ${options.endpoint}`;
    } else {
      dynamo = await ensureLocalDynamo(process.env, options.dbPath ? { dbPath: options.dbPath } : {});
      // The same skill as the Lambda, with hands-free streams rendered by espeak-ng into .local/audio.
      const local = createLocalSkill(
        {
          tableName: dynamo.tableName,
          ...(dynamo.endpoint ? { dynamoEndpoint: dynamo.endpoint } : {}),
          companionUrl: process.env.COMPANION_URL || 'http://localhost:3000',
          illustrationImages: true,
        },
        LOCAL_AUDIO_DIR,
      );
      transport = inProcessTransport((event) => local(event));
      where = `the skill handler in this process, ${dynamo.description}`;
    }
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }

  const simulator = new AlexaSimulator({
    model: loadModel(options.locale),
    transport,
    locale: options.locale,
    userId: options.userId,
    device: { apl: options.apl, audioPlayer: true },
    trackDuration: (url) => trackDurationOf(url, Boolean(options.endpoint)),
  });
  const interactive = options.phrases.length === 0 && Boolean(process.stdin.isTTY);
  const session = new Session(simulator, options, !interactive);
  const device = options.apl ? 'an Echo Show (APL)' : 'a voice-only Echo';
  console.log(`Back Stretch Coach simulator: ${device}, ${options.locale}, talking to ${where}.`);

  try {
    if (!interactive) {
      const phrases = options.phrases.length > 0 ? options.phrases : await readStdinLines();
      for (const phrase of phrases) {
        if (!(await session.handle(phrase))) break;
      }
    } else {
      console.log('Type what you would say to Alexa ("open back stretch coach"). An empty line is silence; /help, /quit.');
      const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: '> ' });
      rl.prompt();
      for await (const line of rl) {
        if (!(await session.handle(line))) break;
        rl.prompt();
      }
      rl.close();
    }
  } finally {
    await dynamo?.stop();
  }
  return session.failures > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
