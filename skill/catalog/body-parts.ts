/** Body parts people say a pain is in (the BODY_PART slot's values; any other words are heard too): English, for the en-US model. */
import { textsFor } from '../text/locale';

export const BODY_PARTS: readonly string[] = textsFor(undefined).catalog.bodyParts;
