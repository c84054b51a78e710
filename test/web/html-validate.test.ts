/**
 * Every page, as served, passes html-validate's recommended rules. Three style rules are off,
 * each because hono/jsx writes a valid form the rule merely prefers otherwise:
 * - void-style: void elements come out self-closed (<meta/>), which HTML allows;
 * - attribute-empty-style, attribute-boolean-style: boolean attributes come out as hidden="",
 *   selected="" (equal to the bare form in HTML).
 */
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { app } from '../../web/app';
import { ROUTE_PATHS } from '../../web/site-map';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'void-style': 'off', 'attribute-empty-style': 'off', 'attribute-boolean-style': 'off' },
});

describe('valid HTML', () => {
  it.each([...ROUTE_PATHS, '/no-such-page'])('%s has no html-validate errors', async (path) => {
    const html = await (await app.request(path)).text();
    const report = await validator.validateString(html);
    const messages = report.results.flatMap((r) => r.messages).map((m) => `${m.ruleId}: ${m.message} (${m.selector ?? `line ${m.line}`})`);
    expect(messages).toEqual([]);
  });

  it('catches a real error (so the check can fail)', async () => {
    const report = await validator.validateString('<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><img src="a.png"></body></html>');
    expect(report.valid).toBe(false);
  });
});
