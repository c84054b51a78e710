/**
 * The deploy-time rendering Lambda (a CloudFormation custom resource, through the CDK
 * Provider framework): on create and update it renders every hands-free stream with Amazon
 * Polly into the audio bucket, synthesizing only clips that are not there yet, and publishes
 * the clip index and track list the skill plans from. Delete leaves the audio (the bucket's
 * own removal policy decides).
 */
import { renderDeployment } from '../audio/deploy';
import { createPollyEngine } from '../audio/polly-engine';
import { createS3Store } from '../audio/s3-store';

interface CustomResourceEvent {
  RequestType: 'Create' | 'Update' | 'Delete';
  PhysicalResourceId?: string;
}

export async function handler(event: CustomResourceEvent): Promise<{ PhysicalResourceId: string; Data?: Record<string, unknown> }> {
  const physical = 'hands-free-audio';
  if (event.RequestType === 'Delete') return { PhysicalResourceId: event.PhysicalResourceId ?? physical };
  const bucket = process.env.AUDIO_BUCKET;
  if (!bucket) throw new Error('AUDIO_BUCKET is not set');
  const engine = createPollyEngine({ voice: process.env.AUDIO_VOICE || undefined });
  const store = createS3Store({ bucket, prefix: process.env.AUDIO_PREFIX ?? 'audio/' });
  const started = Date.now();
  const result = await renderDeployment({ engine, store, concurrency: 4 });
  const summary = {
    streams: result.streams,
    tracks: result.tracks,
    clipsSynthesized: result.stats.clipsRendered,
    clipsReused: result.stats.clipsReused,
    charactersSynthesized: engine.charactersRequested(),
    seconds: Math.round((Date.now() - started) / 1000),
  };
  console.log(JSON.stringify({ component: 'audio-render', ...summary }));
  return { PhysicalResourceId: physical, Data: summary };
}
