/** An AudioStore in an S3 bucket, under a key prefix (default "audio/", which CloudFront serves at /audio/*). */
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import type { AudioStore } from './store';

export interface S3StoreOptions {
  bucket: string;
  prefix?: string;
  client?: S3Client;
}

function isMissing(error: unknown): boolean {
  if (error instanceof S3ServiceException) return error.$metadata.httpStatusCode === 404 || error.name === 'NoSuchKey' || error.name === 'NotFound';
  return false;
}

export function createS3Store(options: S3StoreOptions): AudioStore {
  const client = options.client ?? new S3Client({});
  const prefix = options.prefix ?? 'audio/';
  const key = (name: string) => `${prefix}${name}`;
  return {
    async get(name) {
      try {
        const response = await client.send(new GetObjectCommand({ Bucket: options.bucket, Key: key(name) }));
        return response.Body ? await response.Body.transformToByteArray() : undefined;
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },
    async has(name) {
      try {
        await client.send(new HeadObjectCommand({ Bucket: options.bucket, Key: key(name) }));
        return true;
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    },
    async put(name, bytes, contentType) {
      const immutable = name.endsWith('.mp3');
      await client.send(
        new PutObjectCommand({
          Bucket: options.bucket,
          Key: key(name),
          Body: bytes,
          ContentType: contentType,
          CacheControl: immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        }),
      );
    },
  };
}
