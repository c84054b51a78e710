/**
 * /safety groups the warning signs exactly as the skill's triage does (the red-flag catalog),
 * with every country's emergency numbers and a disclaimer that names every regulator.
 */
import { describe, expect, it } from 'vitest';
import { app } from '../../web/app';
import { SAFETY } from '../../skill/catalog';
import { detectRedFlag } from '../../skill/catalog';
import { textOf } from './html-text';

async function safetyPage(): Promise<string> {
  const response = await app.request('/safety');
  expect(response.status).toBe(200);
  return response.text();
}

/** The HTML of the section for one urgency level. */
function section(html: string, urgency: string): string {
  const start = html.indexOf(`data-urgency="${urgency}"`);
  expect(start, urgency).toBeGreaterThan(0);
  const end = html.indexOf('</section>', start);
  return html.slice(start, end);
}

describe('/safety warning signs', () => {
  it('lists bladder or bowel control and both legs under "Get urgent help now", not under "soon"', async () => {
    const html = await safetyPage();
    const urgent = textOf(section(html, 'urgent'));
    const soon = textOf(section(html, 'soon'));
    expect(urgent).toContain('Get urgent help now');
    expect(urgent).toContain('Losing control of your bladder or bowels');
    expect(urgent).toContain('weakness in both legs');
    expect(urgent).toContain('Chest pain');
    expect(soon).not.toMatch(/bladder|both legs/);
    expect(soon).toContain('Back pain with a fever');
  });

  it('puts every red-flag group under the level the skill triages it at, and nowhere else', async () => {
    const html = await safetyPage();
    for (const group of SAFETY.redFlags) {
      const matches = [...html.matchAll(new RegExp(`data-red-flag="${group.id}"`, 'g'))];
      expect(matches, group.id).toHaveLength(1);
      expect(section(html, group.urgency), group.id).toContain(`data-red-flag="${group.id}"`);
    }
  });

  it('each sign, said to the skill, is triaged at the level the page shows it under', async () => {
    const html = await safetyPage();
    // A person reading the page and saying the sign aloud gets the same level.
    for (const group of SAFETY.redFlags) {
      const heard = detectRedFlag(group.sign);
      expect(heard?.urgency, `${group.id}: "${group.sign}"`).toBe(group.urgency);
      expect(textOf(section(html, group.urgency))).toContain(group.sign);
    }
  });

  it("shows every country's emergency number, and NHS 111 for the UK", async () => {
    const numbers = textOf(section(await safetyPage(), 'urgent'));
    expect(numbers).toContain('In the United States, call 911.');
    expect(numbers).toContain('In Canada, call 911.');
    expect(numbers).toContain('In the United Kingdom, call 999. For advice when it is not an emergency, call NHS 111.');
    expect(numbers).toContain('In Australia, call 000.');
    expect(numbers).toContain('In India, call 112.');
    expect(numbers).toContain('Anywhere else, call your local emergency number.');
  });

  it('the disclaimer names each country\'s regulator, with no template left in it', async () => {
    const html = await safetyPage();
    const disclaimer = textOf(html.slice(html.indexOf('id="disclaimer"')));
    for (const regulator of ['US Food and Drug Administration', 'Health Canada', 'Medicines and Healthcare products Regulatory Agency', 'Therapeutic Goods Administration', 'Central Drugs Standard Control Organisation']) {
      expect(disclaimer).toContain(regulator);
    }
    expect(disclaimer).not.toContain('{regulator}');
  });
});
