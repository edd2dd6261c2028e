/**
 * `npm run analyze` (`cem analyze`): writes custom-elements.json at the root,
 * the source of Storybook's controls and docs tables and of editor hints.
 *
 * Two small plugins keep the manifest equal to the public API (STYLE.md 4):
 * - private, protected and `_`-prefixed members, and Lit's static `styles`,
 *   are left out: they are not something a page can use; so are events
 *   without a description: the analyzer lists the base class's `emit(name)`
 *   helper as an event called "name", and every real event has an `@event`;
 * - the theme tokens documented once in src/shared/styles.ts (`@cssproperty`)
 *   are added to every element, since every element uses those styles. An
 *   element that documents a token itself keeps its own description;
 * - a type alias of string literals (`Theme`, `CalendarView`) is written out
 *   in attribute and property types, so Storybook can offer its values.
 */
import { readFileSync } from 'node:fs';

const SHARED_STYLES = 'src/shared/styles.ts';

/** `@cssproperty [--name=default] Description` lines from the shared styles' JSDoc. */
function sharedCssProperties() {
  const text = readFileSync(new URL(SHARED_STYLES, import.meta.url), 'utf8');
  const found = [];
  const tag = /@cssproperty\s+\[(--[\w-]+)=([^\]]*)\]\s*(.*)/g;
  for (const [, name, defaultValue, description] of text.matchAll(tag)) {
    found.push({ name, default: defaultValue.trim(), description: description.trim() });
  }
  return found;
}

const isPrivate = (member) =>
  member.privacy === 'private' ||
  member.privacy === 'protected' ||
  member.name.startsWith('_') ||
  (member.static && member.name === 'styles');

function publicApiOnly() {
  const tokens = sharedCssProperties();
  /** Alias name → its union written out, e.g. Theme → 'light' | 'dark' | 'auto'. */
  const aliases = new Map();
  const expand = (type) => {
    if (!type?.text) return;
    for (const [name, union] of aliases) {
      type.text = type.text.replace(new RegExp(`\\b${name}\\b`, 'g'), union);
    }
  };
  return {
    name: 'civic-public-api-only',
    analyzePhase({ ts, node }) {
      if (!ts.isTypeAliasDeclaration(node)) return;
      const members = ts.isUnionTypeNode(node.type) ? node.type.types : [node.type];
      const literal = (t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal);
      if (members.every(literal)) {
        aliases.set(node.name.text, members.map((t) => `'${t.literal.text}'`).join(' | '));
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            expand(item.type);
          }
          if (declaration.members)
            declaration.members = declaration.members.filter((m) => !isPrivate(m));
          if (!declaration.customElement) continue;
          if (declaration.events)
            declaration.events = declaration.events.filter((e) => e.description);
          const own = (declaration.cssProperties ??= []);
          for (const token of tokens) {
            if (!own.some((p) => p.name === token.name)) own.push({ ...token });
          }
          own.sort((a, b) => a.name.localeCompare(b.name));
        }
      }
    },
  };
}

/** Modules in path order: the analyzer follows the file system's order, which differs between machines. */
function stableOrder() {
  return {
    name: 'civic-stable-order',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) =>
        a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
      );
    },
  };
}

export default {
  globs: ['src/widgets/*/*.ts', 'src/shared/civic-element.ts'],
  exclude: ['src/widgets/*/*.styles.ts', 'src/widgets/*/define.ts', 'src/widgets/*/ics.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [publicApiOnly(), stableOrder()],
};
