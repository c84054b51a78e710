/** A soft bell made with Web Audio, for the chime steps. Silent when audio is unavailable. */

type AudioContextConstructor = typeof AudioContext;

let context: AudioContext | undefined;

/** Call from a click handler: browsers only allow audio to start after a user gesture. */
export function unlockChime(): void {
  if (context) return;
  const Constructor: AudioContextConstructor | undefined =
    window.AudioContext ?? (window as unknown as { webkitAudioContext?: AudioContextConstructor }).webkitAudioContext;
  if (!Constructor) return;
  try {
    context = new Constructor();
  } catch {
    context = undefined;
  }
}

export function playChime(): void {
  if (!context) return;
  try {
    const now = context.currentTime;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.setValueAtTime(659.25, now);
    gain.gain.setValueAtTime(0.0001, now);
    gain.gain.exponentialRampToValueAtTime(0.2, now + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, now + 0.9);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(now);
    oscillator.stop(now + 0.95);
  } catch {
    // No sound is fine: the step still takes its time and the text still shows.
  }
}
