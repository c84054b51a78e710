/**
 * The spoken cues of a timed hold, with a few ways to say each, so nine holds in a routine do
 * not sound the same. Sparse: a hold gets one or two of them, never in its first seconds.
 */
export const HALFWAY_CUES = ['Halfway there.', 'Halfway. Keep breathing.', 'You are halfway.'] as const;
export const FIVE_MORE_CUES = ['Five more seconds.', 'Just five more.', 'Nearly there, five more.'] as const;
export const RELEASE_CUES = ['And release.', 'And ease off.', 'And relax.'] as const;
