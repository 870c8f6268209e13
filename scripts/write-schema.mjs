#!/usr/bin/env node
// Writes schema/extraction-record.v1.json from the Zod schema in src/core/record.ts
// (built to dist/). Run `npm run schema` after changing the record; a test
// fails while the committed file and the schema disagree.
import fs from 'node:fs';
import { z } from 'zod';
import { ExtractionRecordSchema } from '../dist/core/record.js';

const schema = {
  $id: 'https://github.com/sitrep/sitrep/schema/extraction-record.v1.json',
  title: 'sitrep extraction record, contract v1',
  ...z.toJSONSchema(ExtractionRecordSchema, { target: 'draft-2020-12' }),
};
fs.mkdirSync(new URL('../schema/', import.meta.url), { recursive: true });
fs.writeFileSync(new URL('../schema/extraction-record.v1.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');
console.log('wrote schema/extraction-record.v1.json');
