/** Every stretch's words, by the stretch's id. */
import type { StretchWords } from '../../../../catalog/parts';
import type { StretchId } from '../../../../catalog/types';
import { catCow } from './cat-cow';
import { childsPose } from './childs-pose';
import { kneeToChest } from './knee-to-chest';
import { pelvicTilts } from './pelvic-tilts';
import { piriformisStretch } from './piriformis-stretch';
import { seatedSpinalTwist } from './seated-spinal-twist';
import { sideStretch } from './side-stretch';
import { sphinxPose } from './sphinx-pose';
import { standingBackExtension } from './standing-back-extension';
import { threadTheNeedle } from './thread-the-needle';

export const stretches: Readonly<Record<StretchId, StretchWords>> = {
  'childs-pose': childsPose,
  'cat-cow': catCow,
  'knee-to-chest': kneeToChest,
  'seated-spinal-twist': seatedSpinalTwist,
  'thread-the-needle': threadTheNeedle,
  'sphinx-pose': sphinxPose,
  'piriformis-stretch': piriformisStretch,
  'standing-back-extension': standingBackExtension,
  'side-stretch': sideStretch,
  'pelvic-tilts': pelvicTilts,
};
