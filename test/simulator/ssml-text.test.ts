import { describe, expect, it } from 'vitest';
import { estimateSeconds, ssmlToPieces, ssmlToText } from '../../local/simulator/ssml-text';

describe('SSML as readable text', () => {
  it('shows breaks as pauses, adding up breaks that follow each other', () => {
    const ssml = '<speak>Hold. <break time="10s"/> <break time="10s"/><break time="5000ms"/> Release.</speak>';
    expect(ssmlToText(ssml)).toBe('Hold. [pause 25s] Release.');
  });

  it('shows soundbank audio as a chime and keeps short breaks as plain spacing', () => {
    const ssml = '<speak><audio src="soundbank://soundlibrary/bell/chimes/chimes_01"/>Breathe in.<break time="300ms"/>Breathe out.<break strength="x-strong"/>Done.</speak>';
    expect(ssmlToText(ssml)).toBe('[chime] Breathe in. Breathe out. [pause 1s] Done.');
  });

  it('reads sub aliases, decodes entities and keeps sentences apart', () => {
    const ssml = '<speak><p>Tom &amp; Jerry&apos;s <sub alias="cat cow">Cat-Cow</sub>.</p><p><s>One.</s><s>Two.</s></p></speak>';
    expect(ssmlToText(ssml)).toBe("Tom & Jerry's cat cow. One. Two.");
  });

  it('estimates the listening time from words, pauses, chimes and a slower rate', () => {
    const normal = estimateSeconds(ssmlToPieces('<speak>one two three four five <break time="10s"/></speak>'));
    expect(normal).toBeCloseTo(5 / 2.5 + 10, 5);
    const slow = estimateSeconds(ssmlToPieces('<speak><prosody rate="slow">one two three four five</prosody></speak>'));
    expect(slow).toBeGreaterThan(5 / 2.5);
    const chime = estimateSeconds(ssmlToPieces('<speak><audio src="soundbank://x"/></speak>'));
    expect(chime).toBeGreaterThan(0);
  });
});
