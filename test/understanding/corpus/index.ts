/** The whole phrase corpus: every persona and category file. */
import { ADULT_CHILD } from './adult-child';
import type { Entry } from './dsl';
import { IN_PAIN } from './in-pain';
import { MISHEARD } from './misheard';
import { NON_NATIVE } from './non-native';
import { OFFICE_WORKER } from './office-worker';
import { OLDER_ADULT } from './older-adult';
import { WARNING_SIGNS } from './warning-signs';
import { HELD_OUT } from './held-out';
import { HELD_OUT_2 } from './held-out-2';
import { YOGA } from './yoga';

const ALL: Entry[] = [
  ...OLDER_ADULT,
  ...IN_PAIN,
  ...NON_NATIVE,
  ...OFFICE_WORKER,
  ...YOGA,
  ...ADULT_CHILD,
  ...WARNING_SIGNS,
  ...MISHEARD,
  ...HELD_OUT,
  ...HELD_OUT_2,
];

/** Each phrasing once per context (two personas may say the same words). */
export const CORPUS: readonly Entry[] = ALL.filter(
  (entry, index) => ALL.findIndex((other) => other.phrase === entry.phrase && other.context === entry.context) === index,
);

export * from './dsl';
