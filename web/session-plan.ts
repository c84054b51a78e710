/** Turns a narration Timeline into the JSON speech plan the browser player plays. */
import { ROUTINES, getStretch, safetyIn } from '../skill/catalog';
import type { PageTexts } from '../skill/text/page-locale';
import type { Preferences, Side, Stretch } from '../skill/catalog/types';
import { toSpeechPlan } from '../skill/narration';
import type { Timeline } from '../skill/narration/types';
import { illustrationPath } from './asset-paths';
import { hasPose, illustrationDescription, illustrationPoses, variantPose } from './illustrations';
import type { PlanStep, PoseImage, SessionPlan } from './plan-types';

/** speechSynthesis rate per pace: the slower pace speaks a little more slowly too. */
const SPEECH_RATE: Record<Preferences['pace'], number> = { normal: 1, slower: 0.85 };

/** The drawing of a pose on the segment's side, with its description for screen readers. */
function drawing(stretch: Stretch, pose: string | undefined, side: Side | undefined, texts: PageTexts): { url: string; alt: string } {
  return { url: illustrationPath(stretch.id, pose, side, texts), alt: illustrationDescription(stretch.id, pose, side, texts) };
}

function planSteps(timelineSteps: ReturnType<typeof toSpeechPlan>, stretch: Stretch, side: Side | undefined, texts: PageTexts): PlanStep[] {
  // The timeline tags each line and hold with the position it is about (never read from the
  // words); stretches drawn in one position only keep their main drawing.
  const drawnInSeveral = illustrationPoses(stretch.id).length > 1;
  const poseImage = (pose: string | undefined): PoseImage => {
    if (!pose || !drawnInSeveral || !hasPose(stretch.id, pose)) return {};
    const { url, alt } = drawing(stretch, pose, side, texts);
    return { image: url, imageAlt: alt };
  };
  return timelineSteps.map((step): PlanStep => {
    switch (step.kind) {
      case 'say':
        return { kind: 'say', text: step.text, seconds: step.seconds, ...poseImage(step.pose) };
      case 'pause':
        return { kind: 'pause', seconds: step.seconds, purpose: step.purpose };
      case 'chime':
        return { kind: 'chime', seconds: step.seconds };
      case 'hold':
        return { kind: 'hold', seconds: step.seconds, label: step.label, ...poseImage(step.pose) };
    }
  });
}

/**
 * The pose a segment shows by default: the drawing of the modification a routine narrates
 * (the desk break's chair twist), else the stretch's main position.
 */
function segmentPose(timeline: Timeline, stretch: Stretch): string | undefined {
  if (timeline.kind !== 'routine') return undefined;
  const item = ROUTINES.find((r) => r.id === timeline.id)?.items.find((i) => i.stretchId === stretch.id);
  return item?.variant && item.variant !== 'standard' ? variantPose(stretch.id, item.variant) : undefined;
}

/** The plan, with its drawings' descriptions and safety line in the words of `texts`. */
export function sessionPlan(timeline: Timeline, preferences: Preferences, texts: PageTexts): SessionPlan {
  return {
    kind: timeline.kind,
    id: timeline.id,
    title: timeline.title,
    holdLength: preferences.holdLength,
    pace: preferences.pace,
    speechRate: SPEECH_RATE[preferences.pace],
    safetyLine: safetyIn(texts).shortSpokenLine,
    durationSeconds: timeline.durationSeconds,
    segments: timeline.segments.map((segment) => {
      const stretch = getStretch(segment.stretchId);
      const main = drawing(stretch, segmentPose(timeline, stretch), segment.side, texts);
      return {
        id: segment.id,
        title: segment.title,
        stretchId: segment.stretchId,
        ...(segment.side ? { side: segment.side } : {}),
        ...(segment.set ? { set: segment.set } : {}),
        illustration: main.url,
        illustrationAlt: main.alt,
        durationSeconds: segment.durationSeconds,
        steps: planSteps(toSpeechPlan(segment.events, preferences.pace, texts.language), stretch, segment.side, texts),
      };
    }),
  };
}
