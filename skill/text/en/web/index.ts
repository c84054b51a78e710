/**
 * The companion web page's words, registered in the English bundle as `web` (../index.ts):
 * one module per page or topic. Pages get them as `texts.web`, never by importing these.
 */
import * as drawings from './drawings';
import * as durations from './durations';
import * as errors from './errors';
import * as frame from './frame';
import * as home from './home';
import * as legalPages from './legal-pages';
import * as playerSection from './player-section';
import * as routinePage from './routine-page';
import * as safetyPage from './safety-page';
import * as siteFiles from './site-files';
import * as stretchFacts from './stretch-facts';
import * as stretchPage from './stretch-page';

export const web = {
  drawings,
  durations,
  errors,
  frame,
  home,
  legalPages,
  playerSection,
  routinePage,
  safetyPage,
  siteFiles,
  stretchFacts,
  stretchPage,
} as const;
