// A stock ask-sdk skill, the usual hello-world-with-persistence shape: a LaunchRequest
// handler that counts visits in persistent attributes, stored by the DynamoDB persistence
// adapter (aws-sdk v2). Benchmark fixture only: bench/bundles.ts installs its packages into
// .local/bench-stock/ (never the project's dependencies) and bundles it like our skill.
import Alexa from 'ask-sdk-core';
import { DynamoDbPersistenceAdapter } from 'ask-sdk-dynamodb-persistence-adapter';

const LaunchRequestHandler = {
  canHandle(handlerInput) {
    return Alexa.getRequestType(handlerInput.requestEnvelope) === 'LaunchRequest';
  },
  async handle(handlerInput) {
    const attributes = (await handlerInput.attributesManager.getPersistentAttributes()) || {};
    attributes.visits = (attributes.visits || 0) + 1;
    handlerInput.attributesManager.setPersistentAttributes(attributes);
    await handlerInput.attributesManager.savePersistentAttributes();
    const speech = `Welcome back. This is visit number ${attributes.visits}.`;
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
  .withPersistenceAdapter(
    new DynamoDbPersistenceAdapter({ tableName: process.env.TABLE_NAME || 'stock-skill-table', createTable: false }),
  )
  .lambda();
