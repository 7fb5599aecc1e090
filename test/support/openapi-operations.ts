/**
 * The operations of the OpenAPI document the app serves, in the shape the property tests need:
 * each route's full path, path and query parameters, If-Match and request body. Tests built on it
 * cover a new route or parameter as soon as it is documented.
 */
import { openApiDocument } from '../../src/http/routes/docs/openapi';
import type { ParameterSchema } from './hostile-values';

export interface DocumentedParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: ParameterSchema;
}

export interface DocumentedOperation {
  method: 'get' | 'post' | 'patch' | 'delete';
  operationId: string;
  /** The path template with its server's prefix, e.g. `/api/v1/designations/{id}`. */
  path: string;
  pathParameters: DocumentedParameter[];
  queryParameters: DocumentedParameter[];
  ifMatch: 'required' | 'optional' | 'none';
  /** The top-level fields of an application/json body, or null when the body is none or a file. */
  jsonBodyFields: string[] | null;
  /** The media types of a file body (the import), or null. */
  fileMediaTypes: string[] | null;
}

interface OperationObject {
  operationId: string;
  parameters?: DocumentedParameter[];
  requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> };
}

const METHODS = ['get', 'post', 'patch', 'delete'] as const;

export function documentedOperations(): DocumentedOperation[] {
  const document = openApiDocument() as {
    servers: { url: string }[];
    paths: Record<string, Record<string, unknown> & { servers?: { url: string }[] }>;
  };
  return Object.entries(document.paths).flatMap(([template, item]) => {
    const prefix = (item.servers ?? document.servers)[0].url.replace(/\/$/, '');
    return METHODS.filter((method) => item[method]).map((method) =>
      describeOperation(method, `${prefix}${template}`, item[method] as OperationObject),
    );
  });
}

function describeOperation(
  method: DocumentedOperation['method'],
  path: string,
  operation: OperationObject,
): DocumentedOperation {
  const parameters = operation.parameters ?? [];
  const ifMatch = parameters.find((parameter) => parameter.in === 'header' && parameter.name === 'If-Match');
  const content = operation.requestBody?.content ?? {};
  const json = content['application/json'];
  const fileMediaTypes = Object.keys(content).filter((mediaType) => mediaType !== 'application/json');
  return {
    method,
    operationId: operation.operationId,
    path,
    pathParameters: parameters.filter((parameter) => parameter.in === 'path'),
    queryParameters: parameters.filter((parameter) => parameter.in === 'query'),
    ifMatch: ifMatch === undefined ? 'none' : ifMatch.required ? 'required' : 'optional',
    jsonBodyFields: json ? Object.keys(json.schema.properties ?? {}) : null,
    fileMediaTypes: fileMediaTypes.length > 0 ? fileMediaTypes : null,
  };
}

/** The path with each `{name}` replaced by its (already encoded) value. */
export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    if (values[name] === undefined)
      throw new Error(`no example value for the path parameter ${name} of ${template}: add one to the test`);
    return values[name];
  });
}
