import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  generateClientTypes,
  generateOpenApiDocument,
  OPENAPI_JSON,
  OPENAPI_SCHEMA_TS,
  serialiseDocument,
} from './openapi';

const root = resolve(__dirname, '../../..');

describe('the committed OpenAPI spec and web client', () => {
  it('match the code (run `npm run generate` when this fails)', async () => {
    const document = await generateOpenApiDocument();
    expect(await readFile(resolve(root, OPENAPI_JSON), 'utf8')).toBe(serialiseDocument(document));
    expect(await readFile(resolve(root, OPENAPI_SCHEMA_TS), 'utf8')).toBe(
      await generateClientTypes(document),
    );
  });
});
