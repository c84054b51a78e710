/** What the coach says about the daily reminder (Alexa Reminders API). */

/** "8 in the morning", "7:30 in the evening", "noon". */
export function spokenTime(hour: number, minute: number): string {
  if (hour === 12 && minute === 0) return 'noon';
  if (hour === 0 && minute === 0) return 'midnight';
  const h = hour % 12 === 0 ? 12 : hour % 12;
  const m = minute === 0 ? '' : `:${String(minute).padStart(2, '0')}`;
  const part = hour < 12 ? 'in the morning' : hour < 18 ? 'in the afternoon' : 'in the evening';
  return `${h}${m} ${part}`;
}

export const reminders = {
  /** What Alexa says when the reminder goes off. */
  reminderText: 'Time for your back stretches. Say: Alexa, open back stretch coach.',
  whatTime: 'What time would you like your daily reminder? For example, say: remind me every day at eight in the morning.',
  whatTimeReprompt: 'Say remind me every day at, and a time, like eight in the morning.',
  created: (time: string) => `Done. I'll remind you to stretch every day at ${time}. To stop, say: stop reminding me.`,
  refused: "Okay, no reminder. If you change your mind, you can allow reminders for Back Stretch Coach in the Alexa app. I've put a card there for you.",
  later: 'No problem. Ask me again whenever you like.',
  failed: "Sorry, I couldn't reach Alexa's reminders just now, so no reminder was set. Please try again later.",
  noPermissionToRead: "I don't have permission to see your reminders. To allow it, say: remind me every day at eight.",
  none: "You don't have any stretching reminders from me.",
  list: (times: string[]) =>
    times.length === 1 ? `You have one daily reminder, at ${times[0]}.` : `You have ${times.length} reminders: at ${times.slice(0, -1).join(', ')} and ${times[times.length - 1]}.`,
  listOther: (count: number) => `You have ${count} ${count === 1 ? 'reminder' : 'reminders'} from me.`,
  removed: (count: number) => (count === 1 ? "Done. I've removed your daily reminder." : `Done. I've removed your ${count} reminders.`),
  nothingToRemove: "You don't have any reminders from me, so there's nothing to stop.",
  removeFailed: "Sorry, I couldn't remove your reminders just now. Please try again later, or remove them in the Alexa app.",
} as const;
