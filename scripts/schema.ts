/** The JSON Schema of feed format v1, generated from the runtime validator. */
import { toJsonSchema } from '@valibot/to-json-schema';
import { FeedSchema } from '../src/feed/schema.js';

export function buildSchema(): string {
  const schema = toJsonSchema(FeedSchema, { errorMode: 'ignore', target: 'draft-2020-12' });
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
