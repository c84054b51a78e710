/** Runs the embedded DynamoDB in a process of its own (see startDynaliteProcess); prints its port. */
import { startEmbeddedDynamo } from '../../local/embedded-dynamo';

const dynamo = await startEmbeddedDynamo();
console.log(JSON.stringify({ port: Number(new URL(dynamo.endpoint).port) }));
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
