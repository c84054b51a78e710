import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_DATA_DIR, DEFAULT_TABLE_NAME, readLocalConfig } from '../../local/config';
import { isLocalRequest, isLoopbackAddress } from '../../local/loopback';

describe('npm start settings', () => {
  it('runs with nothing configured: port 3000 on this computer, embedded DynamoDB under .local/', () => {
    expect(readLocalConfig({}, [])).toEqual({
      port: 3000,
      hostname: '127.0.0.1',
      tableName: DEFAULT_TABLE_NAME,
      dynamoPort: 8000,
      dataDir: DEFAULT_DATA_DIR,
      verify: false,
    });
    expect(DEFAULT_TABLE_NAME).toBe('BackStretchCoachUsers');
    expect(DEFAULT_DATA_DIR).toMatch(/[/\\]\.local[/\\]dynamodb$/);
  });

  it('turns verification on with --verify or ALEXA_VERIFY=1, and then needs the skill id', () => {
    const SKILL_ID = 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555';
    expect(readLocalConfig({ SKILL_ID }, ['--verify'])).toMatchObject({ verify: true, skillId: SKILL_ID });
    expect(readLocalConfig({ SKILL_ID, ALEXA_VERIFY: '1' }, [])).toMatchObject({ verify: true });
    expect(readLocalConfig({ SKILL_ID, ALEXA_VERIFY: 'true' }, [])).toMatchObject({ verify: true });
    expect(readLocalConfig({ ALEXA_VERIFY: '0' }, [])).toMatchObject({ verify: false });
    // Without SKILL_ID, any skill's signed requests would be accepted.
    expect(() => readLocalConfig({}, ['--verify'])).toThrow(/SKILL_ID/);
    expect(() => readLocalConfig({ ALEXA_VERIFY: '1' }, [])).toThrow(/SKILL_ID/);
  });

  it('takes the table, an external DynamoDB, the card URL and the skill id from the environment', () => {
    const config = readLocalConfig(
      {
        PORT: '0',
        TABLE_NAME: 'Mine',
        DYNAMODB_ENDPOINT: 'http://localhost:8000',
        COMPANION_URL: 'https://abc.example.test/',
        SKILL_ID: 'amzn1.ask.skill.1',
        LOCAL_DATA_DIR: '/tmp/x',
      },
      [],
    );
    expect(config).toMatchObject({
      port: 0,
      tableName: 'Mine',
      dynamoEndpoint: 'http://localhost:8000',
      companionUrl: 'https://abc.example.test',
      skillId: 'amzn1.ask.skill.1',
      dataDir: '/tmp/x',
    });
  });

  it('explains bad settings and unknown options, and answers --help', () => {
    expect(() => readLocalConfig({ PORT: 'eighty' }, [])).toThrow(ConfigError);
    expect(() => readLocalConfig({ PORT: '70000' }, [])).toThrow(/PORT must be a port number/);
    expect(() => readLocalConfig({ DYNAMODB_ENDPOINT: 'localhost 8000' }, [])).toThrow(/DYNAMODB_ENDPOINT must be a URL/);
    expect(() => readLocalConfig({}, ['--verfy'])).toThrow(/Unknown option "--verfy"[\s\S]*Usage/);
    expect(readLocalConfig({}, ['--help'])).toBe('help');
  });
});

describe('who counts as this computer', () => {
  it.each([['127.0.0.1'], ['127.8.9.10'], ['::1'], ['::ffff:127.0.0.1']])('%s is loopback', (address) => {
    expect(isLoopbackAddress(address)).toBe(true);
  });

  it.each([['10.0.0.5'], ['192.168.1.20'], ['::ffff:10.0.0.5'], ['fe80::1'], ['128.0.0.1'], [''], [undefined]])('%s is not', (address) => {
    expect(isLoopbackAddress(address)).toBe(false);
  });

  it('does not count a request a local tunnel forwarded', () => {
    expect(isLocalRequest('127.0.0.1', new Headers())).toBe(true);
    expect(isLocalRequest('127.0.0.1', new Headers({ 'x-forwarded-for': '203.0.113.9' }))).toBe(false);
    expect(isLocalRequest('127.0.0.1', new Headers({ forwarded: 'for=203.0.113.9' }))).toBe(false);
  });
});
