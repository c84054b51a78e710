/**
 * The skill's icon for the Alexa app and skill store: one drawing, rendered to the 108x108
 * and 512x512 PNGs the manifest links (scripts/render-icons.ts). The product's look: the
 * teal of the site, the illustrations' cream, body and outline colours, and their orange
 * accent arrow, here over a person arching into cat-cow on a mat. Shapes are thick so the
 * figure still reads at 108 px (Alexa also crops icons to a circle: everything important sits
 * inside the central circle).
 */
const TEAL = '#2c6a64';
const CREAM = '#f6f0e6';
const MAT = '#b8d4cb';
const MAT_EDGE = '#8fb5a9';
const BODY = '#6aa6ae';
const FAR = '#9dc3c7';
const OUTLINE = '#2d4b55';
const ACCENT = '#e9976c';

/** A limb or trunk: the outline stroke under a slightly thinner body stroke, both round-capped. */
function limb(d: string, colour: string, width = 40): string {
  return (
    `<path d="${d}" fill="none" stroke="${OUTLINE}" stroke-width="${width + 8}" stroke-linecap="round" stroke-linejoin="round"/>` +
    `<path d="${d}" fill="none" stroke="${colour}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round"/>`
  );
}

export const SKILL_ICON_SVG = [
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512" role="img" aria-label="Back Stretch Coach">',
  `<rect width="512" height="512" fill="${TEAL}"/>`,
  `<circle cx="256" cy="256" r="214" fill="${CREAM}"/>`,
  // The mat.
  `<rect x="92" y="356" width="328" height="26" rx="13" fill="${MAT}" stroke="${MAT_EDGE}" stroke-width="4"/>`,
  // Far arm and far leg, behind the body.
  limb('M196 270 L214 350', FAR, 34),
  limb('M318 276 L344 350 L404 352', FAR, 34),
  // Near leg: hip, knee on the mat, foot behind.
  limb('M330 272 L326 350 L392 354', BODY),
  // The back, arched up like a cat, from shoulders to hips.
  limb('M184 270 Q254 168 330 272', BODY, 46),
  // Near arm, straight down to the hand on the mat.
  limb('M184 270 L176 350', BODY),
  // The head, tucked down towards the chest.
  limb('M184 268 L156 286', BODY, 30),
  `<circle cx="150" cy="292" r="30" fill="${BODY}" stroke="${OUTLINE}" stroke-width="8"/>`,
  // The accent arrow over the back: "round your spine up".
  `<path d="M196 168 Q256 106 318 168" fill="none" stroke="${ACCENT}" stroke-width="16" stroke-linecap="round"/>`,
  `<path d="M296 142 L324 174 L284 180 Z" fill="${ACCENT}" stroke="${ACCENT}" stroke-width="8" stroke-linejoin="round"/>`,
  '</svg>',
].join('');
