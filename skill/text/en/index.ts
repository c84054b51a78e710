/**
 * The English texts, as one bundle: every sentence a person hears or reads comes from a module
 * named here (the Texts shape other languages follow is this bundle's type; see ../texts.ts).
 * Code reaches them through `textsFor(locale)` (../locale.ts), never by importing a module of
 * this folder directly, so a request's locale decides the words.
 */
import { language } from './language';
import * as audio from './audio';
import * as boundaries from './boundaries';
import * as catalog from './catalog/index';
import * as coaching from './coaching';
import * as emergency from './emergency';
import * as feelings from './feelings';
import * as flow from './flow';
import * as holds from './holds';
import * as hurts from './hurts';
import * as inRoutine from './in-routine';
import * as keywords from './keywords';
import * as launch from './launch';
import * as legal from './legal';
import * as names from './names';
import * as player from './player';
import * as questions from './questions';
import * as reminders from './reminders';
import * as routineOffer from './routine-offer';
import * as saving from './saving';
import * as screen from './screen';
import * as site from './site';
import * as suggestions from './suggestions';
import * as transitions from './transitions';
import * as urgency from './urgency';
import { web } from './web/index';

export const english = {
  language,
  audio,
  boundaries,
  catalog,
  coaching,
  emergency,
  feelings,
  flow,
  holds,
  hurts,
  inRoutine,
  keywords,
  launch,
  legal,
  names,
  player,
  questions,
  reminders,
  routineOffer,
  saving,
  screen,
  site,
  suggestions,
  transitions,
  urgency,
  web,
} as const;
