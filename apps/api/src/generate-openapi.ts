import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  generateClientTypes,
  generateOpenApiDocument,
  OPENAPI_JSON,
  OPENAPI_SCHEMA_TS,
  serialiseDocument,
} from './openapi';

/**
 * `npm run generate`: writes the committed OpenAPI spec and the web client's types.
 * With --check: writes nothing, exits 1 naming the files that differ from the code.
 */
async function main() {
  const document = await generateOpenApiDocument();
  const files = {
    [OPENAPI_JSON]: serialiseDocument(document),
    [OPENAPI_SCHEMA_TS]: await generateClientTypes(document),
  };
  if (process.argv.includes('--check')) {
    const stale = [];
    for (const [file, content] of Object.entries(files)) {
      const committed = await readFile(file, 'utf8').catch(() => '');
      if (committed !== content) stale.push(file);
    }
    if (stale.length) {
      console.error(`Stale: ${stale.join(', ')}. Run \`npm run generate\` and commit the result.`);
      process.exitCode = 1;
    }
    return;
  }
  for (const [file, content] of Object.entries(files)) {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, content);
  }
  console.log(`Wrote ${Object.keys(files).join(' and ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
