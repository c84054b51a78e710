/** Every page of the site, in the order the sitemap lists them (add new pages here). */
import { ROUTINE_IDS, STRETCH_IDS } from '../skill/catalog/types';

export const ROUTE_PATHS: readonly string[] = [
  '/',
  ...STRETCH_IDS.map((id) => `/stretches/${id}`),
  ...ROUTINE_IDS.map((id) => `/routines/${id}`),
  '/safety',
  '/privacy',
  '/terms',
];
