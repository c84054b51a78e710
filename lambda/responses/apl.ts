/**
 * Echo Show: an APL document with the stretch, the current step, and a countdown for the
 * first hold of the segment.
 *
 * - APL Image draws bitmaps (PNG/JPG) only, so the screen shows the companion page's PNG
 *   copy of the drawing (`imageUrl`, 1200x800); without one the screen shows the text alone.
 * - APL TimeText is not supported on Echo Show: the countdown is a Text bound to a variable
 *   that a looping SetValue + Idle(1000 ms) sequence decrements, started when the hold is
 *   expected to start (the estimated speech before it).
 */
import type { interfaces } from 'ask-sdk-model';
import { getStretch } from '../../skill/catalog/index';
import type { StretchId } from '../../skill/catalog/types';
import { durationOf } from '../../skill/narration/index';
import type { Segment, TimelineEvent } from '../../skill/narration/types';
import type { Preferences } from '../../skill/catalog/types';

export const APL_TOKEN = 'backStretchCoach';

export interface Screen {
  stretchId: StretchId;
  segment?: Segment;
  preferences: Preferences;
  imageUrl?: string;
}

export interface HoldTiming {
  /** Seconds from the start of the response to the start of the first hold. */
  startsAfterSeconds: number;
  holdSeconds: number;
}

/** When the segment's first hold starts and how long it is. */
export function firstHold(events: readonly TimelineEvent[], preferences: Preferences): HoldTiming | undefined {
  const index = events.findIndex((event) => event.type === 'holdStart');
  const start = events[index];
  if (!start || start.type !== 'holdStart') return undefined;
  return { startsAfterSeconds: durationOf(events.slice(0, index), preferences.pace), holdSeconds: start.targetSeconds };
}

/** The step on screen: the segment's first setup line, else its first move or hold (by the timeline's tags). */
function firstStep(segment: Segment | undefined): string | undefined {
  const lines = (segment?.events ?? []).filter((event) => event.type === 'say');
  const step = lines.find((line) => line.step === 'setup') ?? lines.find((line) => line.step === 'move' || line.step === 'hold');
  return step?.text;
}

// APL documents are JSON; typing them fully is not worth it here.
type AplJson = Record<string, unknown>;

function countdownCommands(hold: HoldTiming): AplJson[] {
  return [
    { type: 'Idle', delay: Math.round(hold.startsAfterSeconds * 1000) },
    { type: 'SetValue', property: 'remaining', value: hold.holdSeconds },
    {
      type: 'Sequential',
      repeatCount: Math.max(0, hold.holdSeconds - 1),
      commands: [
        { type: 'Idle', delay: 1000 },
        { type: 'SetValue', property: 'remaining', value: '${remaining - 1}' },
      ],
    },
  ];
}

export function aplDocument(screen: Screen): AplJson {
  const hold = screen.segment ? firstHold(screen.segment.events, screen.preferences) : undefined;
  const items: AplJson[] = [];
  if (screen.imageUrl) {
    items.push({ type: 'Image', source: screen.imageUrl, width: '60vw', height: '45vh', scale: 'best-fit', align: 'center' });
  }
  items.push(
    { type: 'Text', id: 'title', text: '${payload.screen.title}', style: 'textStyleDisplay4', textAlign: 'center' },
    { type: 'Text', id: 'step', text: '${payload.screen.step}', style: 'textStyleBody', textAlign: 'center', paddingTop: '16dp' },
  );
  if (hold) {
    items.push({
      type: 'Text',
      id: 'countdown',
      text: "${remaining > 0 ? 'Hold: ' + remaining + ' s' : payload.screen.holdLabel}",
      style: 'textStyleDisplay3',
      textAlign: 'center',
      paddingTop: '16dp',
    });
  }
  return {
    type: 'APL',
    version: '2023.3',
    import: [{ name: 'alexa-styles', version: '1.6.0' }],
    mainTemplate: {
      parameters: ['payload'],
      items: [
        {
          type: 'Container',
          id: 'stretchScreen',
          width: '100vw',
          height: '100vh',
          alignItems: 'center',
          justifyContent: 'center',
          paddingLeft: '40dp',
          paddingRight: '40dp',
          bind: [{ name: 'remaining', value: 0 }],
          onMount: hold ? countdownCommands(hold) : [],
          items,
        },
      ],
    },
  };
}

export function aplDatasources(screen: Screen): AplJson {
  const stretch = getStretch(screen.stretchId);
  const hold = screen.segment ? firstHold(screen.segment.events, screen.preferences) : undefined;
  return {
    payload: {
      screen: {
        title: screen.segment?.title ?? stretch.name,
        step: firstStep(screen.segment) ?? stretch.summary,
        holdLabel: hold ? `Hold ${hold.holdSeconds} seconds` : '',
        stretchId: stretch.id,
      },
    },
  };
}

export function renderDocumentDirective(screen: Screen): interfaces.alexa.presentation.apl.RenderDocumentDirective {
  return {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: APL_TOKEN,
    document: aplDocument(screen),
    datasources: aplDatasources(screen),
  };
}
