/**
 * The catalog's English words: stretches, routines, safety content and the other stretches
 * people ask for. Their structure is skill/catalog/; skill/catalog/localized.ts joins the two.
 */
export { others } from './others';
export { routines } from './routines';
export { safety } from './safety';
export { stretches } from './stretches/index';
