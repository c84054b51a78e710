/** How a drawn position's id reads in alt text and captions: "tilt-back" -> "tilt back". */
export function poseWords(pose: string): string {
  return pose.replace(/-/g, ' ').toLowerCase();
}
