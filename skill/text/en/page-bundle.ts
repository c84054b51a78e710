/**
 * The English texts of the companion pages: everything the skill says plus what only the pages
 * show (their words, the legal pages, the browser player). Kept apart from the skill's bundle
 * (./index.ts) so the skill's Lambda does not carry the pages' words.
 */
import { english } from './index';
import * as legal from './legal';
import * as player from './player';
import * as site from './site';
import { web } from './web/index';

export const englishPages = { ...english, legal, player, site, web } as const;
