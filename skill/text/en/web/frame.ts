/** The frame every companion page shares: the site's name, the skip link, the menu and the footer. */

export const SITE_NAME = 'Back Stretch Coach';

/** A page's <title>: its own title, then the site's name. */
export function pageTitle(title: string): string {
  return `${title} · Back Stretch Coach`;
}

export const SKIP_LINK = 'Skip to content';
export const MAIN_MENU_LABEL = 'Main';

export const MENU = {
  home: 'Home',
  stretches: 'Stretches',
  routines: 'Routines',
  safety: 'Safety',
} as const;

export const READ_FULL_DISCLAIMER = 'Read the full disclaimer';
export const ABOUT_SITE = 'Back Stretch Coach is a voice coach for Alexa with this companion page.';
