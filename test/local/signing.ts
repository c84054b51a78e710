/**
 * Signs request bodies the way Alexa does, with the throwaway test CA in fixtures/
 * (see fixtures/generate.sh), and serves those chains in place of s3.amazonaws.com.
 */
import { X509Certificate, createPrivateKey, randomUUID, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AlexaVerifierOptions } from '../../local/alexa-verification';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');

export const CHAINS = {
  valid: fixture('chain.pem'),
  expired: fixture('chain-expired.pem'),
  withoutSan: fixture('chain-without-san.pem'),
  untrusted: fixture('chain-untrusted.pem'),
  /** Root (PATHLEN_ROOT) -> CA with pathlen 0 -> another CA -> leaf: one CA too many. */
  pathLen0: fixture('chain-pathlen0.pem'),
  /** The same shape under a CA with pathlen 1: allowed. */
  pathLen1: fixture('chain-pathlen1.pem'),
  /** The signing certificate alone, without the intermediate that issued it. */
  leafOnly: fixture('chain.pem').split(/(?<=-----END CERTIFICATE-----)/)[0] as string,
} as const;
export type ChainName = keyof typeof CHAINS;

export const TEST_ROOT = new X509Certificate(fixture('test-root-ca.pem'));
/** The root of the pathLen chains (fixtures/generate-pathlen.sh). */
export const PATHLEN_ROOT = new X509Certificate(fixture('pathlen-root-ca.pem'));
const leafKey = createPrivateKey(fixture('leaf-key.pem'));

/** The URL Alexa would send for a chain: https://s3.amazonaws.com/echo.api/<name>.pem */
export function certUrl(chain: ChainName): string {
  return `https://s3.amazonaws.com/echo.api/${chain}.pem`;
}

/** Base64 RSA-SHA256 signature of the exact bytes, by the test signing key. */
export function signBody(body: string | Uint8Array): string {
  return sign('sha256', typeof body === 'string' ? Buffer.from(body, 'utf8') : body, leafKey).toString('base64');
}

/** A certificate source that serves the fixture chains by file name and counts fetches. */
export function fixtureCertSource(): { fetchCertChain: NonNullable<AlexaVerifierOptions['fetchCertChain']>; fetched: string[] } {
  const fetched: string[] = [];
  return {
    fetched,
    fetchCertChain: async (url) => {
      fetched.push(url);
      const name = new URL(url).pathname.split('/').pop()?.replace(/\.pem$/, '') ?? '';
      if (!(name in CHAINS)) throw new Error('status 404');
      return CHAINS[name as ChainName];
    },
  };
}

/** A launch request envelope as Alexa sends it, stamped with `timestamp`, from a new person. */
export function launchBody(timestamp: Date, type = 'LaunchRequest'): string {
  const userId = `amzn1.ask.account.${randomUUID()}`;
  return JSON.stringify({
    version: '1.0',
    session: {
      new: true,
      sessionId: 'amzn1.echo-api.session.verify-test',
      application: { applicationId: 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000' },
      user: { userId },
    },
    context: {
      System: {
        application: { applicationId: 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000' },
        user: { userId },
        device: { deviceId: 'amzn1.ask.device.verify-test', supportedInterfaces: {} },
        apiEndpoint: 'https://api.amazonalexa.com',
      },
    },
    request: { type, requestId: 'amzn1.echo-api.request.verify-test', timestamp: timestamp.toISOString(), locale: 'en-US' },
  });
}
