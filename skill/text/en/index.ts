/**
 * The English texts, as one bundle: every sentence a person hears or reads comes from a module
 * named here (the Texts shape other languages follow is this bundle's type; see ../texts.ts).
 * Code reaches them through `textsFor(locale)` (../locale.ts), never by importing a module of
 * this folder directly, so a request's locale decides the words.
 */
import { language } from './language';
import * as answers from './answers';
import * as audio from './audio';
import * as boundaries from './boundaries';
import * as cards from './cards';
import * as catalog from './catalog/index';
import * as coaching from './coaching';
import * as countries from './countries';
import * as controls from './controls';
import * as dialog from './dialog';
import * as durations from './durations';
import * as emergency from './emergency';
import * as errors from './errors';
import * as feelings from './feelings';
import * as flow from './flow';
import * as heard from './heard';
import * as holds from './holds';
import * as hurts from './hurts';
import * as inRoutine from './in-routine';
import * as keywords from './keywords';
import * as launch from './launch';
import * as names from './names';
import * as narration from './narration';
import * as prompts from './prompts';
import * as questions from './questions';
import * as reminders from './reminders';
import * as routineOffer from './routine-offer';
import * as saving from './saving';
import * as screen from './screen';
import * as sessions from './sessions';
import * as suggestions from './suggestions';
import * as symptoms from './symptoms';
import * as transitions from './transitions';
import * as urgency from './urgency';
import { web } from './web/index';

export const english = {
  language,
  answers,
  audio,
  boundaries,
  cards,
  catalog,
  coaching,
  countries,
  controls,
  dialog,
  durations,
  emergency,
  errors,
  feelings,
  flow,
  heard,
  holds,
  hurts,
  inRoutine,
  keywords,
  launch,
  names,
  narration,
  prompts,
  questions,
  reminders,
  routineOffer,
  saving,
  screen,
  sessions,
  suggestions,
  symptoms,
  transitions,
  urgency,
} as const;
