/**
 * What a pose file provides: the stretch's drawn positions (the ones its structure's drawnPoses
 * names; which version has its own drawing is the structure's versionPoses). Their words for
 * screen readers (label, description) are texts: `texts.web.drawings.POSES[stretch][pose]`,
 * written in each stretch's words file.
 */
import type { PoseSpec } from './skeleton';

export interface DrawnPose {
  /** Pose key used in URLs, e.g. 'main', 'cow', 'tilt-back'. */
  name: string;
  spec: PoseSpec;
}

export interface StretchDrawing {
  /** First pose is the main one. */
  poses: [DrawnPose, ...DrawnPose[]];
}

/** A drawn position with its words in one language. */
export interface WordedPose extends DrawnPose {
  /** Short label added after the stretch name when a stretch has several poses, e.g. "cow position". */
  label?: string;
  /** The position in words (our words, read by screen readers); the SVG <desc> adds the stretch name in front. */
  desc: string;
}

export interface WordedDrawing {
  poses: [WordedPose, ...WordedPose[]];
}
