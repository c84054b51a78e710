/** The catalog's public surface: data, lookups and checks. Import from here. */
export * from './types';
export { STRETCHES } from './stretches';
export { ROUTINES } from './routines';
export { SAFETY } from './safety';
