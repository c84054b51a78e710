/**
 * The catalog's English words: stretches, routines, safety content, the other stretches
 * people ask for, and the words people use for needs, body parts and conditions. Their
 * structure is skill/catalog/; skill/catalog/localized.ts joins the two.
 */
export { bodyParts } from './body-parts';
export { conditionWords, surgeryWords } from './conditions';
export * as matching from './matching';
export * as needs from './needs';
export { others } from './others';
export { routines } from './routines';
export { safety } from './safety';
export { stretches } from './stretches/index';
