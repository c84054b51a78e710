/** The hands-free (AudioPlayer) handlers, in the order they must be registered (before the guided ones). */
import type { RequestHandler } from 'ask-sdk-core';
import { HandsFreeControlsHandler, HurtCheckAnswerHandler } from './controls';
import { AudioPlayerEventHandler } from './events';
import { StreamFailedAnswerHandler, StreamFailedLaunchHandler } from './launch';
import { HandsFreeStartHandler, PlayModeHandler, StartDefaultAnswerHandler, type HandsFreeOptions } from './start';

export type { HandsFreeOptions } from './start';

export function handsFreeHandlers(options: HandsFreeOptions, log?: (event: string, details?: Record<string, unknown>) => void): RequestHandler[] {
  return [
    new AudioPlayerEventHandler(options, log),
    new StreamFailedAnswerHandler(options),
    new StartDefaultAnswerHandler(options),
    new HurtCheckAnswerHandler(options),
    new HandsFreeControlsHandler(options),
    new HandsFreeStartHandler(options),
    new PlayModeHandler(),
    new StreamFailedLaunchHandler(),
  ];
}
