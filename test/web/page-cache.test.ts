import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { app } from '../../web/app';
import { acceptsGzip } from '../../web/routes/page-cache';

describe('pages rendered once and served from memory', () => {
  it('sends gzip to browsers that accept it, and the same page unzipped to those that do not', async () => {
    const zipped = await app.request('/stretches/cat-cow', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(zipped.status).toBe(200);
    expect(zipped.headers.get('Content-Encoding')).toBe('gzip');
    expect(zipped.headers.get('Vary')).toContain('Accept-Encoding');
    const fromZip = gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8');

    const plain = await app.request('/stretches/cat-cow');
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    const text = await plain.text();
    expect(text).toBe(fromZip);
    expect(text).toMatch(/^<!DOCTYPE html>/);
    expect(text).toContain('Cat-Cow');
  });

  it('answers a repeat visit with 304 when the ETag matches', async () => {
    const first = await app.request('/routines/basic-daily');
    const etag = first.headers.get('ETag');
    expect(etag).toBeTruthy();
    const again = await app.request('/routines/basic-daily', { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('keeps the security headers and the 404 status on cached pages', async () => {
    for (let i = 0; i < 2; i++) {
      const missing = await app.request(`/stretches/no-such-stretch-${i}`);
      expect(missing.status).toBe(404);
      expect(missing.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
      expect(await missing.text()).toContain('/stretches/');
    }
  });

  it('reads Accept-Encoding like a browser would', () => {
    expect(acceptsGzip('gzip')).toBe(true);
    expect(acceptsGzip('br, gzip;q=0.8')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
