// Placeholder until the local-run issue lands: says so instead of crashing.
console.log('Back Stretch Coach: the local run (embedded DynamoDB, companion page, skill endpoint) is not built yet.');
console.log('Run the tests with: npm test');
