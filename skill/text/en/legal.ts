/**
 * The privacy policy and terms of use of Back Stretch Coach, written for this product: what
 * the skill keeps, what it never keeps, how long, how it is deleted. The companion page
 * renders them at /privacy and /terms; the skill manifest links them in every locale.
 * Keep them true: test/web/legal-pages.test.ts checks them against the stored state.
 */

/** How long a person's record is kept after their last use, before it expires (DynamoDB TTL). */
export const RETENTION_MONTHS = 18;

/** Where people write about their data or these terms. Set the publisher's real address before submitting. */
export const CONTACT_EMAIL = 'privacy@backstretchcoach.app';

/** Dated so people can see when it changed. */
export const LEGAL_UPDATED = '2026-12-01';

export const lastUpdated = (date: string) => `Last updated ${date}.`;

export interface LegalSection {
  id: string;
  heading: string;
  paragraphs?: string[];
  items?: string[];
  /** Paragraphs after the list. */
  after?: string[];
}

export const PRIVACY_TITLE = 'Privacy policy';
export const PRIVACY_LEAD =
  'Back Stretch Coach keeps as little as it can: enough to remember where you stopped and what you prefer. It never keeps what you say.';

export const PRIVACY_SECTIONS: LegalSection[] = [
  {
    id: 'stored',
    heading: 'What we store',
    paragraphs: [
      'For each Alexa account that uses the skill we keep one record, found by the anonymous id Amazon gives the skill for that account (on a shared device, a recognised voice may have its own id). The record holds:',
    ],
    items: [
      'Your progress: the routine or stretch you are in, the step you reached, and whether it is paused.',
      'Your preferences: hold length, pace and cue style, and any stretches you asked to leave out.',
      'Your history: the dates you stretched, which routine or stretch it was, and whether you finished it, with your streak and the number of sessions you completed.',
      'Any check-in scores you give, such as how your back feels on a scale you answer by voice.',
      'Whether you have heard the safety line, so it is not repeated every time.',
    ],
  },
  {
    id: 'not-stored',
    heading: 'What we never store',
    items: [
      'What you said: no recordings and no transcripts. Alexa passes the skill the meaning of each request; the skill uses it for that answer and keeps nothing of the words.',
      'Symptoms: when you mention pain, numbness or anything else that worries you, the skill gives advice at once and does not write down what you reported.',
      'Your name, email address, phone number, location or contacts. The skill does not ask for them and Amazon does not give them to it.',
    ],
    after: ['There is no account linking, no advertising and no selling or sharing of data. The companion web page sets no cookies and runs no trackers.'],
  },
  {
    id: 'use',
    heading: 'How it is used',
    paragraphs: [
      'Only to run the skill for you: to continue where you stopped, to apply your preferences, and to tell you about your streak. Nobody reads individual records.',
      'The record is kept in Amazon Web Services (DynamoDB, in the United States), encrypted at rest. Error logs of the skill are kept for one month and hold no words you said.',
    ],
  },
  {
    id: 'retention',
    heading: 'How long it is kept',
    paragraphs: [
      `Your record stays while you use the skill. If you do not use it for ${RETENTION_MONTHS} months, the record expires and is deleted automatically.`,
    ],
  },
  {
    id: 'deletion',
    heading: 'Deleting your data',
    paragraphs: [
      'Disable the skill, in the Alexa app (Skills and Games, Your Skills, Back Stretch Coach, Disable Skill) or by saying "Alexa, disable back stretch coach". Alexa tells the skill, and your record is deleted straight away. If you enable it again later, you start fresh.',
      `If you would like us to help, or have a question about your data, write to ${CONTACT_EMAIL}. Because we hold no name or email address, we cannot find your record from a message alone, so we will help you disable the skill, which deletes it.`,
    ],
  },
  {
    id: 'children',
    heading: 'Children',
    paragraphs: ['Back Stretch Coach is meant for adults and is not directed at children under 13.'],
  },
  {
    id: 'changes',
    heading: 'Changes and contact',
    paragraphs: [
      'If this policy changes, the new version is posted on this page with its date.',
      `Questions: ${CONTACT_EMAIL}.`,
    ],
  },
];

export const TERMS_TITLE = 'Terms of use';
export const TERMS_LEAD = 'Back Stretch Coach is free to use. By using the skill or this page, you agree to these terms.';

export const TERMS_SECTIONS: LegalSection[] = [
  {
    id: 'not-medical-advice',
    heading: 'Not medical advice',
    paragraphs: [
      'The skill and this page give general information about stretching. They do not diagnose, treat or replace a doctor or physiotherapist. Check with a healthcare professional before you start, especially if your back pain is severe, you were injured recently, or you have a condition that affects your spine.',
      'Stop any stretch that hurts. If you have a warning sign listed on the safety page, follow the advice there, and in an emergency call your local emergency number.',
    ],
  },
  {
    id: 'your-responsibility',
    heading: 'Your part',
    items: [
      'Stretch in a safe, clear space, and only as far as feels comfortable.',
      'You decide whether a stretch suits you; you can skip or stop at any time.',
      'Use the skill for yourself or with the agreement of the people you stretch with.',
    ],
  },
  {
    id: 'service',
    heading: 'The service',
    paragraphs: [
      'We try to keep the skill and this page working and accurate, but they are offered as they are, without guarantees, and may change or stop. To the extent the law allows, we are not liable for injury or loss from using them; nothing here limits rights you have by law.',
      'Alexa is provided by Amazon under its own terms. Our privacy policy explains what the skill stores.',
    ],
  },
  {
    id: 'contact',
    heading: 'Contact',
    paragraphs: [`Questions about these terms: ${CONTACT_EMAIL}.`],
  },
];

/** Footer link labels. */
export const PRIVACY_LINK = 'Privacy';
export const TERMS_LINK = 'Terms of use';
