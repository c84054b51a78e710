/** The safety page's own headings (the signs, numbers and disclaimer come from the safety texts). */

export const TITLE = 'Safety and disclaimer';
export const DESCRIPTION =
  'How to stretch your back safely, the mistakes to avoid, when to see a professional, and our medical disclaimer.';
export const HEADING = 'Stretch safely';
export const LEAD = 'Gentle and steady wins. Here is how to keep stretching safe, and when to stop.';
export const RULES_HEADING = 'Safety guidelines';
export const WHEN_HEADING = 'Good times to stretch';
export const MISTAKES_HEADING = 'Common mistakes';
export const TIPS_HEADING = 'Tips';
export const DISCLAIMER_HEADING = 'Medical disclaimer';
