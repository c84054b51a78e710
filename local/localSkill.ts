/**
 * The skill as `npm start` runs it: the same handler the Lambda builds from its environment,
 * plus hands-free streams rendered on demand with espeak-ng into a folder that the local
 * server publishes under /audio (so the simulator and a tunnelled Echo get real audio).
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { createEspeakEngine } from '../audio/espeakEngine';
import { createFileStore } from '../audio/fileStore';
import { createRenderingLibrary } from '../audio/renderingLibrary';
import { buildSkill, type CustomSkill } from '../lambda/skill';
import { createStoreFromEnv } from '../lambda/state/index';
import type { StretchId } from '../skill/catalog/types';
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

export function createLocalSkill(options: { audioDir: string; companionUrl: () => string }): (envelope: RequestEnvelope) => Promise<ResponseEnvelope> {
  let built: { key: string; skill: CustomSkill } | undefined;
  const store = localAudioStore(options.audioDir);
  return (envelope) => {
    const companionUrl = options.companionUrl().replace(/\/$/, '');
    const key = [process.env.TABLE_NAME, process.env.DYNAMODB_ENDPOINT, process.env.SKILL_ID, companionUrl].join('|');
    if (built?.key !== key) {
      const large = (id: StretchId) => `${companionUrl}/illustrations/${id}-large.png`;
      const skill = buildSkill({
        store: createStoreFromEnv(process.env),
        skillId: process.env.SKILL_ID || undefined,
        companionUrl,
        cardImagesFor: (id) => ({ smallImageUrl: `${companionUrl}/illustrations/${id}.png`, largeImageUrl: large(id) }),
        screenImageFor: large,
        audio: createRenderingLibrary({ engine: createEspeakEngine(), store, baseUrl: `${companionUrl}${AUDIO_PATH}` }),
      });
      built = { key, skill };
    }
    return built.skill.invoke(envelope);
  };
}
