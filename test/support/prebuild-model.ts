/**
 * The fast tier's model builds (every locale's interaction model, the package files and their
 * problems), run as a process of their own by the global setup (test/support/prebuild-fast.ts)
 * while it compiles every timeline: `node --import tsx test/support/prebuild-model.ts`.
 */
import { buildEveryModel } from './built-model';

buildEveryModel();
