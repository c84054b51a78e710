/**
 * The texts of a request's language, chosen by `request.locale` (skill/text/locale.ts). A
 * handler reads them once per request and passes them down to what builds the response.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { textsFor, type Texts } from '../../skill/text/locale';

export type { Texts } from '../../skill/text/locale';

export function textsOf(input: HandlerInput): Texts {
  const locale: unknown = input.requestEnvelope?.request?.locale;
  return textsFor(typeof locale === 'string' ? locale : undefined);
}
