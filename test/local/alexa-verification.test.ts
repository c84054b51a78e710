import { describe, expect, it } from 'vitest';
import { AlexaRequestVerifier, AlexaVerificationError, checkCertChainUrl, type VerificationFailure } from '../../local/alexa-verification';
import { CHAINS, certUrl, fixtureCertSource, launchBody, PATHLEN_ROOT, signBody, TEST_ROOT, type ChainName } from './signing';

// The fixtures are valid for fifty years from when they were generated; 2030 is inside.
const NOW = new Date('2030-06-01T12:00:00Z');

function verifierAt(now: Date = NOW) {
  const source = fixtureCertSource();
  const verifier = new AlexaRequestVerifier({ fetchCertChain: source.fetchCertChain, trustedRoots: [TEST_ROOT], now: () => now });
  return { verifier, fetched: source.fetched };
}

function signedRequest(options: { chain?: ChainName; url?: string; body?: string; signature?: string } = {}) {
  const body = options.body ?? launchBody(NOW);
  return {
    headers: {
      SignatureCertChainUrl: options.url ?? certUrl(options.chain ?? 'valid'),
      'Signature-256': options.signature ?? signBody(body),
    } as Record<string, string | undefined>,
    rawBody: Buffer.from(body, 'utf8'),
  };
}

async function failureOf(promise: Promise<unknown>): Promise<VerificationFailure> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AlexaVerificationError);
  return (error as AlexaVerificationError).code;
}

describe('Alexa request verification', () => {
  it('accepts a request signed by the certificate at an Alexa certificate URL and returns the envelope', async () => {
    const { verifier } = verifierAt();
    const envelope = await verifier.verify(signedRequest());
    expect(envelope).toMatchObject({ request: { type: 'LaunchRequest' } });
  });

  it('matches header names in any case', async () => {
    const { verifier } = verifierAt();
    const request = signedRequest();
    const headers = {
      signaturecertchainurl: request.headers.SignatureCertChainUrl,
      'SIGNATURE-256': request.headers['Signature-256'],
    };
    await expect(verifier.verify({ headers, rawBody: request.rawBody })).resolves.toBeDefined();
    await expect(verifier.verify({ headers: new Headers(headers as Record<string, string>), rawBody: request.rawBody })).resolves.toBeDefined();
  });

  it('downloads a certificate chain once and reuses it', async () => {
    const { verifier, fetched } = verifierAt();
    await verifier.verify(signedRequest());
    await verifier.verify(signedRequest({ body: launchBody(new Date(NOW.getTime() - 10_000)) }));
    expect(fetched).toEqual([certUrl('valid')]);
  });

  describe('certificate URL', () => {
    it.each([
      ['https://s3.amazonaws.com/echo.api/echo-api-cert.pem'],
      ['HTTPS://s3.amazonaws.com/echo.api/echo-api-cert.pem'],
      ['https://S3.AMAZONAWS.COM/echo.api/echo-api-cert.pem'],
      ['https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem'],
      ['https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem'],
    ])('accepts %s', (url) => {
      expect(() => checkCertChainUrl(url)).not.toThrow();
    });

    it.each([
      ['plain http', 'http://s3.amazonaws.com/echo.api/echo-api-cert.pem', /https/],
      ['another host', 'https://notamazon.com/echo.api/echo-api-cert.pem', /s3\.amazonaws\.com/],
      ['a look-alike host', 'https://s3.amazonaws.com.evil.example/echo.api/echo-api-cert.pem', /s3\.amazonaws\.com/],
      ['another path', 'https://s3.amazonaws.com/invalid.path/echo-api-cert.pem', /\/echo\.api\//],
      ['the path in another case', 'https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem', /\/echo\.api\//],
      ['a path that climbs out of /echo.api/', 'https://s3.amazonaws.com/echo.api/../invalid.path/echo-api-cert.pem', /\/echo\.api\//],
      ['another port', 'https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem', /port 443/],
      ['not a URL', 'echo.api/echo-api-cert.pem', /not a URL/],
    ])('refuses %s', async (_label, url, message) => {
      expect(() => checkCertChainUrl(url)).toThrow(message);
      const { verifier, fetched } = verifierAt();
      expect(await failureOf(verifier.verify(signedRequest({ url })))).toBe('bad_cert_url');
      expect(fetched).toEqual([]);
    });
  });

  describe('certificate chain', () => {
    it('refuses a certificate outside its validity dates', async () => {
      const { verifier } = verifierAt();
      expect(await failureOf(verifier.verify(signedRequest({ chain: 'expired' })))).toBe('cert_expired');
    });

    it('refuses a cached certificate once it has expired', async () => {
      let now = NOW;
      const source = fixtureCertSource();
      const verifier = new AlexaRequestVerifier({ fetchCertChain: source.fetchCertChain, trustedRoots: [TEST_ROOT], now: () => now });
      await verifier.verify(signedRequest());
      now = new Date('2090-01-01T00:00:00Z');
      expect(await failureOf(verifier.verify(signedRequest({ body: launchBody(now) })))).toBe('cert_expired');
    });

    it('refuses a certificate that is not for echo-api.amazon.com', async () => {
      const { verifier } = verifierAt();
      expect(await failureOf(verifier.verify(signedRequest({ chain: 'withoutSan' })))).toBe('cert_wrong_domain');
    });

    it('refuses a chain ending in a root nobody trusts, even when it ships that root', async () => {
      const { verifier } = verifierAt();
      expect(await failureOf(verifier.verify(signedRequest({ chain: 'untrusted' })))).toBe('cert_untrusted');
    });

    it('refuses a signing certificate sent without the intermediate that issued it', async () => {
      const { verifier } = verifierAt();
      expect(await failureOf(verifier.verify(signedRequest({ chain: 'leafOnly' })))).toBe('cert_untrusted');
    });

    it("refuses the test chain when only Node's real root certificates are trusted", async () => {
      const source = fixtureCertSource();
      const verifier = new AlexaRequestVerifier({ fetchCertChain: source.fetchCertChain, now: () => NOW });
      expect(await failureOf(verifier.verify(signedRequest()))).toBe('cert_untrusted');
    });

    it('refuses when the chain cannot be downloaded, or is not a certificate', async () => {
      const { verifier } = verifierAt();
      expect(await failureOf(verifier.verify(signedRequest({ url: 'https://s3.amazonaws.com/echo.api/missing.pem' })))).toBe('cert_unavailable');
      const garbage = new AlexaRequestVerifier({ fetchCertChain: async () => '<html>oops</html>', trustedRoots: [TEST_ROOT], now: () => NOW });
      expect(await failureOf(garbage.verify(signedRequest()))).toBe('cert_invalid');
    });

    it('refuses a chain with more CAs below one than its basicConstraints path length allows', async () => {
      const source = fixtureCertSource();
      const verifier = new AlexaRequestVerifier({ fetchCertChain: source.fetchCertChain, trustedRoots: [PATHLEN_ROOT], now: () => NOW });
      expect(await failureOf(verifier.verify(signedRequest({ chain: 'pathLen0' })))).toBe('cert_untrusted');
      await expect(verifier.verify(signedRequest({ chain: 'pathLen1' }))).resolves.toBeDefined();
    });

    it('does not download again, for a minute, a chain that could not be downloaded', async () => {
      let now = NOW;
      const source = fixtureCertSource();
      const verifier = new AlexaRequestVerifier({ fetchCertChain: source.fetchCertChain, trustedRoots: [TEST_ROOT], now: () => now });
      const missing = signedRequest({ url: 'https://s3.amazonaws.com/echo.api/missing.pem' });
      for (let i = 0; i < 5; i++) expect(await failureOf(verifier.verify(missing))).toBe('cert_unavailable');
      expect(source.fetched).toHaveLength(1);
      now = new Date(NOW.getTime() + 61_000);
      expect(await failureOf(verifier.verify({ ...missing, rawBody: Buffer.from(launchBody(now)) }))).toBe('cert_unavailable');
      expect(source.fetched).toHaveLength(2);
    });

    it('starts at most ten downloads a minute, whatever URLs forged requests name', async () => {
      const { verifier, fetched } = verifierAt();
      for (let i = 0; i < 30; i++) {
        expect(await failureOf(verifier.verify(signedRequest({ url: `https://s3.amazonaws.com/echo.api/forged-${i}.pem` })))).toBe('cert_unavailable');
      }
      expect(fetched).toHaveLength(10);
    });

    it('does not cache a chain it refused', async () => {
      const { verifier, fetched } = verifierAt();
      await failureOf(verifier.verify(signedRequest({ chain: 'untrusted' })));
      await failureOf(verifier.verify(signedRequest({ chain: 'untrusted' })));
      expect(fetched).toHaveLength(2);
    });
  });

  describe('signature', () => {
    it('refuses a tampered body', async () => {
      const { verifier } = verifierAt();
      const original = launchBody(NOW);
      const tampered = original.replace('LaunchRequest', 'SessionEndedRequest');
      expect(await failureOf(verifier.verify(signedRequest({ body: tampered, signature: signBody(original) })))).toBe('bad_signature');
    });

    it('refuses a signature that is not base64 RSA-SHA256 of the body', async () => {
      const { verifier } = verifierAt();
      expect(await failureOf(verifier.verify(signedRequest({ signature: 'bm90IGEgc2lnbmF0dXJl' })))).toBe('bad_signature');
      expect(await failureOf(verifier.verify(signedRequest({ signature: '' })))).toBe('bad_signature');
    });

    it.each([['SignatureCertChainUrl'], ['Signature-256']])('refuses a request without the %s header', async (name) => {
      const { verifier } = verifierAt();
      const request = signedRequest();
      delete request.headers[name];
      const error = await verifier.verify(request).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AlexaVerificationError);
      expect((error as AlexaVerificationError).code).toBe('missing_headers');
      expect((error as AlexaVerificationError).message).toContain(name);
    });
  });

  describe('timestamp', () => {
    it('accepts a request up to 150 seconds old and refuses an older one', async () => {
      const sent = new Date('2030-06-01T11:57:31Z');
      expect(await verifierAt(new Date(sent.getTime() + 149_000)).verifier.verify(signedRequest({ body: launchBody(sent) }))).toBeDefined();
      expect(await failureOf(verifierAt(new Date(sent.getTime() + 151_000)).verifier.verify(signedRequest({ body: launchBody(sent) })))).toBe(
        'stale_timestamp',
      );
    });

    it('refuses a request stamped more than 150 seconds in the future', async () => {
      const sent = new Date(NOW.getTime() + 200_000);
      expect(await failureOf(verifierAt().verifier.verify(signedRequest({ body: launchBody(sent) })))).toBe('stale_timestamp');
    });

    it('gives skill events, which Alexa may deliver late, up to an hour', async () => {
      const sent = new Date(NOW.getTime() - 30 * 60_000);
      const body = launchBody(sent, 'AlexaSkillEvent.SkillDisabled');
      expect(await verifierAt().verifier.verify(signedRequest({ body }))).toBeDefined();
      const older = launchBody(new Date(NOW.getTime() - 61 * 60_000), 'AlexaSkillEvent.SkillDisabled');
      expect(await failureOf(verifierAt().verifier.verify(signedRequest({ body: older })))).toBe('stale_timestamp');
    });

    it('refuses a signed body that is not JSON or has no timestamp', async () => {
      const { verifier } = verifierAt();
      expect(await failureOf(verifier.verify(signedRequest({ body: 'not json' })))).toBe('bad_body');
      expect(await failureOf(verifier.verify(signedRequest({ body: '{"request":{"type":"LaunchRequest"}}' })))).toBe('bad_body');
    });
  });

  it('has every fixture chain it needs', () => {
    for (const pem of Object.values(CHAINS)) expect(pem).toContain('-----BEGIN CERTIFICATE-----');
  });
});
