/** What a pose file provides: the stretch's drawn positions with their words for screen readers. */
import type { PoseSpec } from './skeleton';

export interface DrawnPose {
  /** Pose key used in URLs, e.g. 'main', 'cow', 'tilt-back'. */
  name: string;
  /** Short label added after the stretch name when a stretch has several poses, e.g. "cow position". */
  label?: string;
  /** The position in words (our words, read by screen readers); the SVG <desc> adds the stretch name in front. */
  desc: string;
  /** Set when this pose draws one of the stretch's modifications (its name, e.g. "Chair twist"), not a phase. */
  modification?: string;
  spec: PoseSpec;
}

export interface StretchDrawing {
  /** First pose is the main one. */
  poses: [DrawnPose, ...DrawnPose[]];
}
