/** The search descriptions of the privacy and terms pages (their text is in ../legal.ts). */

export const PRIVACY_DESCRIPTION = 'What Back Stretch Coach stores, what it never stores, how long, and how to delete it.';
export const TERMS_DESCRIPTION = 'The terms of use of Back Stretch Coach.';
