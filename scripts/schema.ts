/** The JSON Schema of feed format v1, generated from the contract's field tables. */
import { FEED_VERSION, HEADER, RECORDS, type Field, type Fields } from '../src/feed/schema.js';
import { DESCRIPTIONS } from './schema-descriptions.js';

interface Node {
  description?: string;
  properties?: Record<string, Node>;
  items?: Node;
  [key: string]: unknown;
}

/** One field as JSON Schema; `path` finds its description ('[]' for list items). */
function fieldNode(field: Field, path: string, used: Set<string>): Node {
  const shape = field;
  let node: Node;
  switch (shape.type) {
    case 'string':
    case 'url': {
      // A url is a string whose pattern is its schemes.
      const { minLength, maxLength } = shape.type === 'string' ? shape : {};
      node = {
        type: 'string',
        ...(minLength === undefined ? {} : { minLength }),
        ...(maxLength === undefined ? {} : { maxLength }),
        ...(shape.pattern ? { pattern: shape.pattern.source } : {}),
      };
      break;
    }
    case 'number':
    case 'integer':
      node = {
        type: shape.type,
        ...(shape.minimum === undefined ? {} : { minimum: shape.minimum }),
        ...(shape.maximum === undefined ? {} : { maximum: shape.maximum }),
      };
      break;
    case 'enum':
      node = { enum: [...shape.values], type: 'string' };
      break;
    case 'object':
      node = objectNode(shape.fields, path, used);
      break;
    case 'list':
      node = { type: 'array', items: fieldNode(shape.item, `${path}.[]`, used) };
      break;
  }
  const description = DESCRIPTIONS[path];
  if (description) {
    used.add(path);
    node.description = description;
  }
  return node;
}

function objectNode(fields: Fields, path: string, used: Set<string>): Node {
  const at = (key: string) => (path ? `${path}.${key}` : key);
  return {
    type: 'object',
    properties: Object.fromEntries(
      Object.entries(fields).map(([key, field]) => [key, fieldNode(field, at(key), used)]),
    ),
    required: Object.keys(fields).filter((key) => fields[key].required),
  };
}

export function buildSchema(): string {
  const used = new Set<string>();
  const header = objectNode(HEADER, '', used);
  const lists = Object.entries(RECORDS).map(([kind, fields]): [string, Node] => [
    kind,
    { type: 'array', items: objectNode(fields, `${kind}.[]`, used) },
  ]);
  const unused = Object.keys(DESCRIPTIONS).filter((key) => !used.has(key));
  if (unused.length)
    throw new Error(`descriptions for paths the schema does not have: ${unused.join(', ')}`);
  const document = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    properties: {
      version: { const: FEED_VERSION },
      ...header.properties,
      ...Object.fromEntries(lists),
    },
    required: ['version'],
    $id: 'https://civic-widgets.example/schema/civic-feed.schema.json',
    title: 'civic-widgets feed, version 1',
    description:
      'A city or network feed read by the civic-widgets web components. Generated from src/feed/schema.ts; do not edit by hand.',
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
