/**
 * What the skill needs to know about where it runs, and how that becomes its dependencies.
 * The Lambda reads these settings from its environment once (lambda/index.ts); the local
 * run, the simulator and the tests pass their own, so nobody rewires `process.env` to reach
 * a component.
 */
import { createPublishedLibrary } from '../audio/published-library';
import type { StretchId } from '../skill/catalog/types';
import { drawingName, type DrawingRef } from '../skill/catalog/drawings';
import type { SkillDeps } from './skill';
import { createDynamoStore } from './state/index';

export const DEFAULT_COMPANION_URL = 'https://backstretchcoach.example.com';

export interface SkillSettings {
  /** The DynamoDB table holding one item per person. */
  tableName: string;
  /** A DynamoDB-compatible endpoint (the embedded server locally and in tests). */
  dynamoEndpoint?: string;
  /** When set, requests for any other skill id are refused. */
  skillId?: string;
  /** Base URL of the companion page, for cards and images (no trailing slash needed). */
  companionUrl: string;
  /** Cards and the Echo Show screen carry the PNG drawings (false: text only). */
  illustrationImages: boolean;
  /** Where the deployment published the hands-free audio (absent: "play my routine" is guided). */
  audio?: { baseUrl: string; voice: string };
  /** The Echo Show speaks the narration from its document (default true; SCREEN_SPEAKS=0: outputSpeech and the estimate-timed screen). */
  screenSpeaks?: boolean;
}

export const DEFAULT_AUDIO_VOICE = 'Joanna';

/**
 * The Lambda's settings: TABLE_NAME (required), DYNAMODB_ENDPOINT (local/tests), SKILL_ID
 * (verify the caller when set), COMPANION_URL, ILLUSTRATION_PNG=0 (no images), AUDIO_BASE_URL
 * and AUDIO_VOICE (the hands-free streams the deployment rendered with Polly), SCREEN_SPEAKS=0
 * (the Echo Show's document does not speak the narration).
 */
export function settingsFromEnv(env: NodeJS.ProcessEnv): SkillSettings {
  const tableName = env.TABLE_NAME;
  if (!tableName) throw new Error('TABLE_NAME is not set: the skill needs its DynamoDB table.');
  return {
    tableName,
    ...(env.DYNAMODB_ENDPOINT ? { dynamoEndpoint: env.DYNAMODB_ENDPOINT } : {}),
    ...(env.SKILL_ID ? { skillId: env.SKILL_ID } : {}),
    companionUrl: env.COMPANION_URL || DEFAULT_COMPANION_URL,
    illustrationImages: env.ILLUSTRATION_PNG !== '0',
    ...(env.SCREEN_SPEAKS === '0' ? { screenSpeaks: false } : {}),
    ...(env.AUDIO_BASE_URL ? { audio: { baseUrl: env.AUDIO_BASE_URL, voice: env.AUDIO_VOICE || DEFAULT_AUDIO_VOICE } } : {}),
  };
}

/**
 * The skill's dependencies for these settings. The companion page publishes each stretch's
 * drawing as PNG (Standard cards and APL Image cannot draw SVG): <companion>/illustrations/<id>.png
 * at 720x480 (the card's small image) and <id>-large.png at 1200x800 (the card's large image).
 * The Echo Show screen shows the drawing being done, in the large size: its pose, side and
 * version by the catalog's names (<id>-cat-large.png, <id>-left-large.png, <id>-chair-large.png).
 */
export function skillDepsFor(settings: SkillSettings, overrides: Partial<SkillDeps> = {}): SkillDeps {
  const companionUrl = settings.companionUrl.replace(/\/$/, '');
  const small = (id: StretchId) => `${companionUrl}/illustrations/${id}.png`;
  const large = (id: StretchId) => `${companionUrl}/illustrations/${id}-large.png`;
  // The screen shows the drawing being done: its pose, side and version (skill/catalog/drawings.ts).
  const screen = (drawing: DrawingRef) => `${companionUrl}/illustrations/${drawingName(drawing)}-large.png`;
  const images = settings.illustrationImages;
  return {
    store: createDynamoStore({
      tableName: settings.tableName,
      ...(settings.dynamoEndpoint ? { endpoint: settings.dynamoEndpoint } : {}),
    }),
    ...(settings.skillId ? { skillId: settings.skillId } : {}),
    companionUrl,
    ...(images
      ? { cardImagesFor: (id: StretchId) => ({ smallImageUrl: small(id), largeImageUrl: large(id) }), screenImageFor: screen }
      : {}),
    ...(settings.audio
      ? { audio: createPublishedLibrary({ voice: { engine: 'polly-neural', voice: settings.audio.voice }, baseUrl: settings.audio.baseUrl }) }
      : {}),
    ...(settings.screenSpeaks === false ? { screenSpeaks: false } : {}),
    ...overrides,
  };
}
