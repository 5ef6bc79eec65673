import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from '@videnbro/testing';
import { OPENAPI_JSON } from '../openapi';

/** A JSON schema as the OpenAPI document writes it (only what the fuzz suite reads). */
export interface Schema {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  minimum?: number;
  minLength?: number;
  minItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
}

export interface Endpoint {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** In Fastify's form: /api/v1/needs/:id */
  path: string;
  pathParams: string[];
  query: { name: string; schema: Schema }[];
  /** The request body's media type and schema ($refs resolved at the top), when it has one. */
  body: { contentType: string; schema: Schema } | null;
}

interface Operation {
  parameters?: { name: string; in: string; schema: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}

interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

/**
 * Every operation of the committed OpenAPI document (kept equal to the code by the openapi spec), so a
 * new endpoint is fuzzed without anyone listing it.
 */
export function loadEndpoints(): { endpoints: Endpoint[]; resolve: (schema: Schema) => Schema } {
  const document = JSON.parse(readFileSync(join(WORKSPACE_ROOT, OPENAPI_JSON), 'utf8')) as Document;
  const resolve = (schema: Schema): Schema => {
    if (schema.$ref) return resolve(document.components.schemas[schema.$ref.split('/').pop() as string]);
    // Nest writes a referenced enum with a description as allOf: [{$ref}].
    if (schema.allOf?.length === 1) return { ...resolve(schema.allOf[0]), ...schema, allOf: undefined };
    return schema;
  };
  const endpoints: Endpoint[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const parameters = operation.parameters ?? [];
      const content = Object.entries(operation.requestBody?.content ?? {})[0];
      endpoints.push({
        method: method.toUpperCase() as Endpoint['method'],
        path: path.replace(/\{(\w+)\}/g, ':$1'),
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        query: parameters.filter((p) => p.in === 'query').map(({ name, schema }) => ({ name, schema })),
        body: content ? { contentType: content[0], schema: resolve(content[1].schema) } : null,
      });
    }
  }
  return { endpoints, resolve };
}
