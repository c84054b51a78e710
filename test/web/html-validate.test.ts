/**
 * Every page, as served, passes html-validate's recommended rules. Three style rules are off,
 * each because hono/jsx writes a valid form the rule merely prefers otherwise:
 * - void-style: void elements come out self-closed (<meta/>), which HTML allows;
 * - attribute-empty-style, attribute-boolean-style: boolean attributes come out as hidden="",
 *   selected="" (equal to the bare form in HTML).
 */
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { app } from '../../web/app';
import { ROUTE_PATHS } from '../../web/site-map';

/**
 * The configuration, resolved once for every page: html-validate's own loader resolves it again
 * for each string it checks (the element metadata and its schemas: about as long as checking a
 * page). The same resolved configuration checks each page; it is made to be reused (it keeps
 * its own caches).
 */
class ResolvedOnce extends StaticConfigLoader {
  #resolved: ReturnType<StaticConfigLoader['getConfigFor']> | undefined;

  override getConfigFor(handle: string, configOverride?: ConfigData): ReturnType<StaticConfigLoader['getConfigFor']> {
    if (configOverride) return super.getConfigFor(handle, configOverride);
    return (this.#resolved ??= super.getConfigFor(handle));
  }
}

const validator = new HtmlValidate(
  new ResolvedOnce({
    extends: ['html-validate:recommended'],
    rules: { 'void-style': 'off', 'attribute-empty-style': 'off', 'attribute-boolean-style': 'off' },
  }),
);

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
