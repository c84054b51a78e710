// The skill a developer would write today: ask-sdk-core with @aws-sdk/client-dynamodb v3 and
// the SDK's default credential chain, storing a visit count per user with GetItem/PutItem.
// Benchmark fixture only (bench/bundles.ts bundles it like our skill, from the project's
// own node_modules).
import Alexa from 'ask-sdk-core';
import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';

const client = new DynamoDBClient({});
const TableName = process.env.TABLE_NAME || 'modern-skill-table';

const LaunchRequestHandler = {
  canHandle(handlerInput) {
    return Alexa.getRequestType(handlerInput.requestEnvelope) === 'LaunchRequest';
  },
  async handle(handlerInput) {
    const userId = Alexa.getUserId(handlerInput.requestEnvelope);
    const stored = await client.send(new GetItemCommand({ TableName, Key: { userId: { S: userId } } }));
    const visits = Number(stored.Item?.visits?.N ?? 0) + 1;
    await client.send(new PutItemCommand({ TableName, Item: { userId: { S: userId }, visits: { N: String(visits) } } }));
    const speech = `Welcome back. This is visit number ${visits}.`;
    return handlerInput.responseBuilder.speak(speech).reprompt('What would you like to do?').getResponse();
  },
};

const ErrorHandler = {
  canHandle() {
    return true;
  },
  handle(handlerInput, error) {
    console.error(error);
    return handlerInput.responseBuilder.speak('Sorry, something went wrong.').getResponse();
  },
};

export const handler = Alexa.SkillBuilders.custom()
  .addRequestHandlers(LaunchRequestHandler)
  .addErrorHandlers(ErrorHandler)
  .lambda();
