/**
 * `npm run talk` as a person would use it, in a child process: phrases as arguments and on
 * stdin, the in-process skill, and the embedded DynamoDB it starts when none is configured.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

function talk(args: string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = { ...process.env };
  delete env.TABLE_NAME;
  delete env.DYNAMODB_ENDPOINT;
  delete env.SKILL_ID;
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['scripts/talk.ts', ...args], { cwd: root, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('npm run talk', () => {
  it('opens the skill and starts the back routine from phrases given as arguments', async () => {
    const { code, stdout } = await talk(['open back stretch coach', 'start my back routine']);
    expect(code).toBe(0);
    expect(stdout).toContain('you: open back stretch coach');
    expect(stdout).toContain('[LaunchRequest, new session]');
    expect(stdout).toMatch(/StartRoutineIntent/);
    expect(stdout).toMatch(/Alexa: .*basic daily routine/i);
    expect(stdout).toMatch(/\[pause \d+(\.\d)?s\]/);
    expect(stdout).toContain('Reprompt:');
  });

  it('reads phrases from stdin, one per line, and remembers the place across sessions', async () => {
    const { code, stdout } = await talk([], 'start my back routine\nstop\nopen back stretch coach\n');
    expect(code).toBe(0);
    const turns = stdout.split(/^you: /m);
    expect(turns).toHaveLength(4);
    expect(turns[2]).toContain('[session ended]');
    expect(turns[3]).toMatch(/Alexa: .*cat.cow/i);
  });

  it('explains bad options instead of crashing', async () => {
    const { code, stderr } = await talk(['--no-such-option']);
    expect(code).toBe(64);
    expect(stderr).toContain('Unknown option --no-such-option');
  });
});
