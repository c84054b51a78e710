/**
 * The web Lambda entry point (Function URL behind CloudFront) for the companion app. With
 * AUDIO_BUCKET (and AUDIO_PREFIX, AUDIO_VOICE) it also serves the hands-free streams.
 */
import { handle } from 'hono/aws-lambda';
import { createS3Store } from '../audio/s3-store';
import { createCompanionApp } from './companion-lambda-app';

const bucket = process.env.AUDIO_BUCKET;
const audio = bucket
  ? { store: createS3Store({ bucket, prefix: process.env.AUDIO_PREFIX ?? 'audio/' }), voice: process.env.AUDIO_VOICE || 'Joanna' }
  : undefined;

export const handler = handle(createCompanionApp(audio));
