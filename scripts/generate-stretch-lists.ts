/**
 * Writes the stretch lists from the stretch folders (scripts/stretch-lists.ts): the ids, the
 * structure list, each language's words index and the drawings' index. Part of
 * `npm run generate:model`, which runs it before the model (the model is made from the lists).
 */
import { writeStretchLists } from './stretch-lists';

const written = await writeStretchLists();
for (const path of written) console.log(`wrote ${path}`);
if (written.length === 0) console.log('the stretch lists are up to date');
