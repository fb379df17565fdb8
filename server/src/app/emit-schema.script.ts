import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { appModules } from './app-modules';
import { buildAppSchema } from '../core/graphql/build-schema';

/** Writes the served schema to server/schema.graphql (committed; CI checks it is fresh). */
export async function printAppSchema(): Promise<string> {
  const schema = await buildAppSchema(appModules);
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

if (require.main === module) {
  printAppSchema()
    .then((text) => {
      const file = path.join(__dirname, '../../schema.graphql');
      fs.writeFileSync(file, text);
      console.log(`wrote ${file}`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
