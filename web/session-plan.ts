/** Turns a narration Timeline into the JSON speech plan the browser player plays. */
import { SAFETY, getStretch } from '../skill/catalog';
import type { Preferences, Stretch } from '../skill/catalog/types';
import { toSpeechPlan } from '../skill/narration';
import type { Timeline } from '../skill/narration/types';
import { illustrationPath } from './asset-paths';
import { hasPose, illustrationPoses } from './illustrations';
import type { PlanStep, PoseImage, SessionPlan } from './plan-types';
import { poseWords } from './pose-words';

/** speechSynthesis rate per pace: the slower pace speaks a little more slowly too. */
const SPEECH_RATE: Record<Preferences['pace'], number> = { normal: 1, slower: 0.85 };

function planSteps(timelineSteps: ReturnType<typeof toSpeechPlan>, stretch: Stretch): PlanStep[] {
  // The timeline tags each line and hold with the position it is about; stretches drawn in
  // one position only keep their main drawing.
  const drawnInSeveral = illustrationPoses(stretch.id).length > 1;
  const poseImage = (pose: string | undefined): PoseImage =>
    pose && drawnInSeveral && hasPose(stretch.id, pose)
      ? { image: illustrationPath(stretch.id, pose), imageAlt: `Drawing of ${stretch.name}, ${poseWords(pose)} position` }
      : {};
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

export function sessionPlan(timeline: Timeline, preferences: Preferences): SessionPlan {
  return {
    kind: timeline.kind,
    id: timeline.id,
    title: timeline.title,
    holdLength: preferences.holdLength,
    pace: preferences.pace,
    speechRate: SPEECH_RATE[preferences.pace],
    safetyLine: SAFETY.shortSpokenLine,
    durationSeconds: timeline.durationSeconds,
    segments: timeline.segments.map((segment) => {
      const stretch = getStretch(segment.stretchId);
      return {
        id: segment.id,
        title: segment.title,
        stretchId: segment.stretchId,
        ...(segment.side ? { side: segment.side } : {}),
        ...(segment.set ? { set: segment.set } : {}),
        illustration: illustrationPath(segment.stretchId),
        illustrationAlt: `Drawing of ${stretch.name}`,
        durationSeconds: segment.durationSeconds,
        steps: planSteps(toSpeechPlan(segment.events, preferences.pace), stretch),
      };
    }),
  };
}
