/**
 * The Echo Show screen at the sizes it is made for: Echo Spot (round, 480x480), Echo Show 5
 * (960x480), Echo Show 8 (1280x800) and Echo Show 15 (1920x1080). The document picks its layout
 * on the device with `viewport` conditions; here they are evaluated for each device, and the
 * chosen layout is checked to fit: one layout per screen, the drawing only where there is room,
 * the title and the step inside the screen at their font sizes, and the manifest declaring a
 * viewport range for each of these screens. test/lambda/apl.screens.browser.test.ts lays the same
 * layouts out in Chromium with the longest words they show.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countdownCommands, holdTimings } from '../../lambda/responses/apl';
import { DEVICES, dp, layoutsFor as layoutsOn, type Device, type Json } from '../support/apl-viewports';
import { DEFAULT_PREFERENCES } from '../../skill/catalog/types';
import { compileRoutine, compileStretch, estimateSpeechSeconds } from '../../skill/narration/index';
import type { TimelineEvent } from '../../skill/narration/types';

const timeline = compileStretch('knee-to-chest', { preferences: DEFAULT_PREFERENCES });
const segment = timeline.segments[0]!;
const longestTitle = compileRoutine('comprehensive', { preferences: DEFAULT_PREFERENCES }).segments.reduce(
  (longest, s) => (s.title.length > longest.length ? s.title : longest),
  '',
);

function layoutsFor(device: Device): Json[] {
  return layoutsOn({ stretchId: 'knee-to-chest', segment, preferences: DEFAULT_PREFERENCES, imageFor: () => 'https://coach.example/x.png' }, device);
}

describe.each(DEVICES)('on $name ($width x $height, $shape)', (device) => {
  it('uses exactly one layout', () => {
    expect(layoutsFor(device)).toHaveLength(1);
  });

  it('fits the drawing, the title, the step and the countdown on the screen', () => {
    const [layout] = layoutsFor(device);
    const items = layout!.items as Json[];
    const padding = 2 * dp(layout!.paddingLeft, device);
    const image = items.find((item) => item.type === 'Image');
    if (device.shape === 'round') expect(image).toBeUndefined();
    // Text lines: about 0.55 of the font size per character; a title may wrap to its maxLines.
    const textWidth = device.width - padding;
    let height = image ? dp(image.height, device) : 0;
    for (const item of items.filter((i) => i.type === 'Text')) {
      const size = dp(item.fontSize, device);
      const sample = item.id === 'title' ? longestTitle : item.id === 'step' ? 'Hold behind your thigh, or over your shin, gently.' : 'Hold 60 s';
      const lines = Math.ceil((sample.length * size * 0.55) / textWidth);
      expect(lines, `${String(item.id)} on ${device.name}`).toBeLessThanOrEqual(Number(item.maxLines ?? 1));
      height += lines * size * 1.25 + dp(item.paddingTop ?? 0, device);
    }
    // A round screen only shows its middle square of about 70 % of the diameter fully.
    const usable = device.shape === 'round' ? device.height * 0.7 : device.height;
    expect(height, device.name).toBeLessThanOrEqual(usable);
  });
});

describe('the manifest', () => {
  it('declares a supported viewport for every screen the layouts are checked at', () => {
    const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'skill', 'package', 'skill.json'), 'utf8')) as {
      manifest: { apis: { custom: { interfaces: { type: string; supportedViewports?: Json[] }[] } } };
    };
    const apl = manifest.manifest.apis.custom.interfaces.find((i) => i.type === 'ALEXA_PRESENTATION_APL');
    const viewports = apl?.supportedViewports ?? [];
    for (const device of DEVICES) {
      const match = viewports.filter(
        (v) =>
          String(v.shape).toLowerCase() === device.shape &&
          Number(v.minWidth) <= device.width &&
          device.width <= Number(v.maxWidth) &&
          Number(v.minHeight) <= device.height &&
          device.height <= Number(v.maxHeight),
      );
      expect(match, device.name).toHaveLength(1);
    }
  });
});

describe('the countdown commands', () => {
  it('wait from the end of one hold to the start of the next, and never count while frozen', () => {
    const commands = countdownCommands([
      { startsAfterSeconds: 10, holdSeconds: 5 },
      { startsAfterSeconds: 17.5, holdSeconds: 5 },
    ]);
    const idles = commands.filter((c) => c.type === 'Idle').map((c) => c.delay);
    expect(idles).toEqual([10000, 1000, 2500, 1000]);
    expect(JSON.stringify(commands)).toContain('${frozen ? remaining : remaining - 1}');
  });
});

describe('when each countdown starts', () => {
  it('starts a hold when "Hold." has been said, and a later one at the previous end plus only what is said between', () => {
    const events: TimelineEvent[] = [
      { type: 'say', text: 'Lie on your back and draw one knee in.', role: 'instruction' },
      { type: 'pause', seconds: 2, purpose: 'settle' },
      { type: 'say', text: 'Hold.', role: 'cue' },
      { type: 'holdStart', targetSeconds: 20, label: 'first' },
      { type: 'pause', seconds: 20, purpose: 'hold' },
      { type: 'holdEnd' },
      { type: 'say', text: 'And release.', role: 'cue' },
      { type: 'say', text: 'Hold.', role: 'cue' },
      { type: 'holdStart', targetSeconds: 10, label: 'second' },
      { type: 'pause', seconds: 10, purpose: 'hold' },
      { type: 'holdEnd' },
    ];
    const said = (text: string, silenceAfter: boolean) => estimateSpeechSeconds(text, 'normal', silenceAfter);
    const [first, second] = holdTimings(events, DEFAULT_PREFERENCES);
    // "Hold." is followed by the hold's silence: no quiet after it is waited for.
    expect(first!.startsAfterSeconds).toBeCloseTo(said('Lie on your back and draw one knee in.', true) + 2 + said('Hold.', true), 1);
    expect(second!.startsAfterSeconds).toBeCloseTo(first!.startsAfterSeconds + 20 + said('And release.', false) + said('Hold.', true), 1);
  });
});
