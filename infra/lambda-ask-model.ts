/**
 * Stand-in for the runtime part of ask-sdk-model inside the skill's Lambda bundle (wired with
 * an esbuild alias in infra/bundling.ts, like infra/lambda-credentials.ts). Our code imports
 * ask-sdk-model for its types only; at runtime ask-sdk-core's CustomSkill loads the whole
 * package (61 KB minified, one CommonJS file that cannot be tree-shaken) for a single value,
 * `services.ServiceClientFactory`, which it builds only when the skill is given an API client.
 * This skill configures none: it calls the Reminders API with its own small client
 * (lambda/reminders/client.ts). Should anything ever construct the factory, it fails loudly
 * instead of half-working. Local runs and tests are not bundled and keep the real package.
 */
class ServiceClientFactory {
  constructor() {
    throw new Error('ask-sdk-model service clients are not bundled with this skill (infra/lambda-ask-model.ts): use our own API clients');
  }
}

export const services = { ServiceClientFactory };
