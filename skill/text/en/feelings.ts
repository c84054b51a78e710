/** Warm acknowledgements when someone says a stretch feels good. */
export const acknowledgements = [
  "That's good to hear. A gentle stretch like that is just right.",
  'Lovely. Keep breathing and enjoy it.',
  "Great. That's the kind of stretch we want.",
] as const;

/** Words that mean "it feels good" when they are all someone says about how they feel. */
export const POSITIVE_WORDS = new Set([
  'good', 'great', 'fine', 'nice', 'better', 'amazing', 'wonderful', 'lovely', 'fantastic', 'relaxed',
  'loose', 'looser', 'okay', 'ok', 'alright', 'awesome', 'brilliant', 'perfect', 'excellent', 'happy', 'stretch',
  'stretchy', 'well', 'much', 'really', 'very', 'so', 'a', 'the', 'that', 'this', 'it', 'feels', 'feel', 'is', 'nicer',
]);

/** Words for stiffness, not pain: "my back is stiff" asks for a stretch, it does not report harm. */
export const STIFFNESS_WORDS = new Set(['stiff', 'tight', 'tense', 'stiffness', 'tightness', 'tension', 'knotted', 'locked up']);

/** At least one of these must be present for a phrase to count as positive. */
export const POSITIVE_CORE = new Set([
  'good', 'great', 'fine', 'nice', 'better', 'amazing', 'wonderful', 'lovely', 'fantastic', 'relaxed', 'loose',
  'looser', 'awesome', 'brilliant', 'perfect', 'excellent', 'nicer',
]);
