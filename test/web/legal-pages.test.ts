/** /privacy and /terms are real pages with this product's policy, linked from every page's footer. */
import { describe, expect, it } from 'vitest';
import { app } from '../../web/app';
import { ROUTINES, STRETCHES } from '../../skill/catalog';
import { CONTACT_EMAIL, PRIVACY_SECTIONS, TERMS_SECTIONS } from '../../skill/text/en/legal';
import { textOf } from './html-text';

async function get(path: string) {
  const response = await app.request(path);
  return { response, body: await response.text() };
}

describe('privacy policy and terms of use', () => {
  it('/privacy says what is stored, what never is, for how long, and how to delete it', async () => {
    const { response, body } = await get('/privacy');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const text = textOf(body);
    expect(text).toContain('Privacy policy');
    for (const section of PRIVACY_SECTIONS) expect(text).toContain(section.heading);
    expect(text).toContain('Your progress');
    expect(text).toContain('Your preferences');
    expect(text).toContain('Your history');
    expect(text).toContain('check-in scores');
    expect(text).toContain('no recordings and no transcripts');
    expect(text).toMatch(/does not write down what you reported/);
    expect(text).toContain('If you do not use it for 18 months, the record expires and is deleted automatically.');
    expect(text).toContain('your record is deleted straight away');
    expect(text).toContain(CONTACT_EMAIL);
  });

  it('/terms says it is not medical advice and how to reach us', async () => {
    const { response, body } = await get('/terms');
    expect(response.status).toBe(200);
    const text = textOf(body);
    expect(text).toContain('Terms of use');
    for (const section of TERMS_SECTIONS) expect(text).toContain(section.heading);
    expect(text).toMatch(/do not diagnose, treat or replace a doctor/);
    expect(text).toContain(CONTACT_EMAIL);
  });

  it.each(['/', '/safety', '/privacy', '/terms', '/no/such/page', ...STRETCHES.map((s) => `/stretches/${s.id}`), ...ROUTINES.map((r) => `/routines/${r.id}`)])(
    '%s links the privacy policy and terms of use from its footer',
    async (path) => {
      const { body } = await get(path);
      const footer = body.slice(body.indexOf('<footer'));
      expect(footer).toContain('href="/privacy"');
      expect(footer).toContain('href="/terms"');
    },
  );
});
