/** The web Lambda entry point (API Gateway / Function URL) for the companion app. */
import { handle } from 'hono/aws-lambda';
import { app } from './app';

export const handler = handle(app);
