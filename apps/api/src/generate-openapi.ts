import { writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  generateClientTypes,
  generateOpenApiDocument,
  OPENAPI_JSON,
  OPENAPI_SCHEMA_TS,
  serialiseDocument,
} from './openapi';

/** `npm run generate`: writes the committed OpenAPI spec and the web client's types. */
async function main() {
  const document = await generateOpenApiDocument();
  await mkdir(dirname(OPENAPI_SCHEMA_TS), { recursive: true });
  await writeFile(OPENAPI_JSON, serialiseDocument(document));
  await writeFile(OPENAPI_SCHEMA_TS, await generateClientTypes(document));
  console.log(`Wrote ${OPENAPI_JSON} and ${OPENAPI_SCHEMA_TS}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
