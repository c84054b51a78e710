/**
 * The skill as `npm start` and the simulator run it: the same skill the Lambda builds,
 * plus hands-free streams rendered on demand with espeak-ng into a folder that the local
 * server publishes under /audio (so the simulator and a tunnelled Echo get real audio).
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { createEspeakEngine } from '../audio/espeak-engine';
import { createFileStore } from '../audio/file-store';
import { createRenderingLibrary } from '../audio/rendering-library';
import { buildSkill, type CustomSkill } from '../lambda/skill';
import { skillDepsFor, type SkillSettings } from '../lambda/settings';
import type { AudioLibrary } from '../skill/audio/library';
import type { AudioStore } from '../audio/store';

export const AUDIO_PATH = '/audio';

/** One store object per folder, so every library on it renders one stream at a time. */
const stores = new Map<string, AudioStore>();

export function localAudioStore(audioDir: string): AudioStore {
  let store = stores.get(audioDir);
  if (!store) {
    store = createFileStore(audioDir);
    stores.set(audioDir, store);
  }
  return store;
}

/** The streams for the browser (relative URLs: the page and /audio share an origin). */
export function createLocalBrowserAudio(audioDir: string): AudioLibrary {
  return createRenderingLibrary({ engine: createEspeakEngine(), store: localAudioStore(audioDir), baseUrl: AUDIO_PATH });
}

/**
 * The skill built from `settings` as the Lambda builds it, with hands-free streams rendered
 * on demand into `audioDir` and published under <companion>/audio.
 */
export function createLocalSkill(settings: SkillSettings, audioDir: string): (envelope: RequestEnvelope) => Promise<ResponseEnvelope> {
  const companionUrl = settings.companionUrl.replace(/\/$/, '');
  const audio = createRenderingLibrary({ engine: createEspeakEngine(), store: localAudioStore(audioDir), baseUrl: `${companionUrl}${AUDIO_PATH}` });
  const skill: CustomSkill = buildSkill(skillDepsFor(settings, { audio }));
  return (envelope) => skill.invoke(envelope);
}
