/**
 * The JSON the browser player fetches from /api/plan/... . Shared by the API route and
 * web/client/player.ts (type-only import there, so nothing server-side reaches the bundle).
 */

/** One thing the player does, in order: speak (or show) text, wait, chime, or count a hold down. */
export type PlanStep =
  | ({ kind: 'say'; text: string; seconds: number } & PoseImage)
  | { kind: 'pause'; seconds: number; purpose: string }
  | { kind: 'chime'; seconds: number }
  | ({ kind: 'hold'; seconds: number; label: string } & PoseImage);

/**
 * For stretches drawn in several positions (cat-cow, pelvic tilts): the drawing of the
 * position this step talks about, so the player can switch pictures with the movement.
 */
export interface PoseImage {
  image?: string;
  imageAlt?: string;
}

/** One part of a session (a stretch, one side, or one set): Next and Previous move between these. */
export interface PlanSegment {
  id: string;
  title: string;
  stretchId: string;
  side?: 'right' | 'left';
  set?: number;
  /** URL of the stretch's main illustration. */
  illustration: string;
  /** Alt text for that illustration. */
  illustrationAlt: string;
  durationSeconds: number;
  steps: PlanStep[];
}

export interface SessionPlan {
  kind: 'stretch' | 'routine';
  id: string;
  title: string;
  holdLength: 'shorter' | 'standard' | 'longer';
  pace: 'normal' | 'slower';
  /** Speech rate for speechSynthesis (slower pace speaks more slowly). */
  speechRate: number;
  /** The short safety line shown (and confirmed) before the session starts. */
  safetyLine: string;
  durationSeconds: number;
  segments: PlanSegment[];
}

export interface PlanError {
  error: string;
  message: string;
}
