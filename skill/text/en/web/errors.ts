/** What the site says when something is missing or goes wrong: the 404 and 500 pages and the API's errors. */

export const NOT_FOUND_TITLE = 'Page not found';
export const NOT_FOUND_DESCRIPTION = 'This page does not exist.';
export const NOT_FOUND_HEADING = "We couldn't find that page";
export const NOT_FOUND_LEAD = 'The address may be mistyped, or the page has moved.';
export const HOME_LINK = 'Go to the home page';
export const OR = 'or';
export const BROWSE_STRETCHES_LINK = 'browse all stretches';
export const THE_STRETCHES = 'The stretches';

export const ERROR_TITLE = 'Something went wrong';
export const ERROR_DESCRIPTION = 'An error on our side.';
export const ERROR_HEADING = 'Something went wrong on our side';
export const ERROR_LEAD = 'Please try again in a moment.';
export const SAFETY_GUIDANCE_LINK = 'read the safety guidance';

export const METHOD_NOT_ALLOWED = 'Method not allowed. This site only answers GET requests.';
export const API_USE_GET = 'Use GET.';
export const API_NOT_FOUND = 'No such API endpoint.';
export const API_SERVER_ERROR = 'Something went wrong.';

/** The player's plan or stream for an unknown id. */
export function noSuchStretch(id: string): string {
  return `No stretch is called "${id}".`;
}
export function noSuchRoutine(id: string): string {
  return `No routine is called "${id}".`;
}
export function noSuchPlan(id: string): string {
  return `No stretch or routine is called "${id}".`;
}
