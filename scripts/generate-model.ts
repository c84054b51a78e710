/**
 * Writes the ASK skill package generated from the catalog:
 *   skill/package/skill.json  (endpoints and companion links from skill/deployment.json)
 *   skill/package/interactionModels/custom/<locale>.json
 * Refuses to write a package that fails validation. Run: npm run generate:model
 */
import { readDeployment, writePackage } from './package-io';

writePackage(readDeployment());
