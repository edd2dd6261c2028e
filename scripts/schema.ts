/** The JSON Schema of feed format v1, generated from the runtime validator. */
import { toJsonSchema } from '@valibot/to-json-schema';
import { FeedSchema } from '../src/feed/schema.js';
import { DESCRIPTIONS } from './schema-descriptions.js';

interface Node {
  description?: string;
  properties?: Record<string, Node>;
  items?: Node;
  [key: string]: unknown;
}

/** Adds each description to the node at its path, keeping keys in a stable order. */
function describe(node: Node, path: string[], used: Set<string>): Node {
  const key = path.join('.');
  const out: Node = { ...node };
  if (out.properties) {
    out.properties = Object.fromEntries(
      Object.entries(out.properties).map(([name, child]) => [
        name,
        describe(child, [...path, name], used),
      ]),
    );
  }
  if (out.items) out.items = describe(out.items, [...path, '[]'], used);
  if (key && DESCRIPTIONS[key]) {
    used.add(key);
    return { ...out, description: DESCRIPTIONS[key] };
  }
  return out;
}

export function buildSchema(): string {
  const used = new Set<string>();
  const schema = describe(
    toJsonSchema(FeedSchema, { errorMode: 'ignore', target: 'draft-2020-12' }) as Node,
    [],
    used,
  );
  const unused = Object.keys(DESCRIPTIONS).filter((key) => !used.has(key));
  if (unused.length)
    throw new Error(`descriptions for paths the schema does not have: ${unused.join(', ')}`);
  const document = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    ...schema,
    $id: 'https://civic-widgets.example/schema/civic-feed.schema.json',
    title: 'civic-widgets feed, version 1',
    description:
      'A city or network feed read by the civic-widgets web components. Generated from src/feed/schema.ts; do not edit by hand.',
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
