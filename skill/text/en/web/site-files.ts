/** Words in the files a browser or phone asks the site for: the web app manifest. */

export const APP_NAME = 'Back Stretch Coach';
export const APP_SHORT_NAME = 'Back Stretch';
export const APP_DESCRIPTION = 'Gentle back stretches and routines, guided by voice, with drawings and timings.';
