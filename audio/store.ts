/** Where rendered audio lives: a folder locally, an S3 bucket in the cloud. Keys are file names. */
export interface AudioStore {
  get(key: string): Promise<Uint8Array | undefined>;
  has(key: string): Promise<boolean>;
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
}

/** Clip files, track files and the clip index share one flat namespace. */
export const clipKey = (id: string): string => `clips/${id}.mp3`;
export const trackKey = (file: string): string => `${file}.mp3`;
/** Measured clip lengths (ms) by clip id, for one voice: what the skill plans with. */
export const indexKey = (engine: string, voice: string): string => `index-${engine}-${voice}.json`.replace(/[^A-Za-z0-9._-]/g, '_');
/** The clip index and the list of published track files, for the skill in the cloud. */
export const publishedKey = (engine: string, voice: string): string => `published-${engine}-${voice}.json`.replace(/[^A-Za-z0-9._-]/g, '_');
