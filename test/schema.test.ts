/** The committed JSON Schema matches the Zod schema, and real records validate against it. */
import Ajv2020 from 'ajv/dist/2020.js';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ExtractionRecordSchema } from '../src/core/record.js';
import { extract, toDoc } from '../src/pipeline/index.js';
import { readAll, docs } from './helpers.js';

const committed = JSON.parse(fs.readFileSync(new URL('../schema/extraction-record.v1.json', import.meta.url), 'utf8'));

describe('JSON Schema of the extraction record', () => {
  it('is up to date with src/core/record.ts (run npm run schema)', () => {
    const { $id: _id, title: _title, ...rest } = committed;
    expect(rest).toEqual(JSON.parse(JSON.stringify(z.toJSONSchema(ExtractionRecordSchema, { target: 'draft-2020-12' }))));
  });

  it('validates the record of every bundled example', async () => {
    const validate = new Ajv2020.default({ allErrors: true, strict: false }).compile(committed);
    const examples = docs(await readAll(['examples']));
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const raw of examples) {
      const record = JSON.parse(JSON.stringify(extract(toDoc(raw))));
      expect(validate(record), `${raw.source}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('rejects a record with an offset past the contract', () => {
    const validate = new Ajv2020.default({ strict: false }).compile(committed);
    const record = JSON.parse(JSON.stringify(extract(toDoc({ source: 'x', title: null, published: null, text: 'Some text.' }))));
    record.segments.push({ kind: 'sidebar', start: 0, end: 1 });
    expect(validate(record)).toBe(false);
  });
});
