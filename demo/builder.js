// The embed-code builder. The preview is built with DOM APIs (no innerHTML,
// so it runs under Trusted Types), and the code to paste is that preview's own
// markup (outerHTML, read before it is placed on the page): what the editor
// pastes is byte for byte what they saw. The settings offered for each widget
// come from the element itself (observedAttributes), so they cannot drift.
import { load, upgrade } from '/dist/civic-widgets.js';

const form = document.getElementById('builder');
const preview = document.getElementById('preview');
const previewNote = document.getElementById('preview-note');
const snippet = document.getElementById('snippet');
const themeCss = document.getElementById('theme-css');
const copied = document.getElementById('copied');
const attributeBox = document.getElementById('attributes');

const TAGS = ['events-calendar', 'activity-feed', 'city-profile', 'network-card'];
/** Settings with their own field above, or set by the page (feed is a property). */
const MAIN = new Set(['src', 'lang', 'theme', 'accent']);
const PLACEHOLDER_FEED = 'https://www.yourcouncil.gov.uk/europe/feed.json';
const PLACEHOLDER_SCRIPT = 'https://www.yourcouncil.gov.uk/js/civic-widgets/civic-widgets.js';

/** Help for the settings we know; an attribute added later still gets a plain field. */
const HELP = {
  city: 'Show only records of this city: its id in the feed, e.g. stoke-on-trent. Records without a "city" are hidden too.',
  network: 'Show only records of this network: its id in the feed, e.g. unic.',
  month: 'The month to open on, written 2026-12. Default: this month.',
  view: '"month" for a grid, "list" for an agenda. Default: the grid, or the list on narrow screens.',
  'time-zone':
    'Show times in this zone, e.g. Europe/London. Default: the city’s zone, else the reader’s.',
  'week-start':
    'First day of the week: 0 for Sunday, 1 for Monday … Default: the language’s custom.',
  types: 'Show only these types, separated by spaces, e.g. news report.',
  limit: 'How many to show before “Show more”, e.g. 5.',
  sections: 'Which parts, in order: about networks practices activities events.',
  compact: 'A shorter card, for lists.',
  'heading-level': 'Level of the widget’s heading, 2 to 6. Use 3 under an h2 of your own.',
  refresh: 'Reload the feed every this many seconds, e.g. 600. Default: never.',
  loading: '"lazy" to load the feed only when the reader scrolls near the widget.',
};
const BOOLEAN = new Set(['compact']);

function attributesOf(tag) {
  const element = customElements.get(tag);
  const order = Object.keys(HELP);
  const rank = (name) => (order.includes(name) ? order.indexOf(name) : order.length);
  return (element?.observedAttributes ?? [])
    .filter((name) => !MAIN.has(name))
    .sort((a, b) => rank(a) - rank(b));
}

/** One field per attribute the chosen widget takes, keeping what was typed. */
function renderAttributeFields(tag) {
  const before = new FormData(form);
  const fields = attributesOf(tag).map((name) => {
    const id = `attr-${name}`;
    const wrap = document.createElement('div');
    const label = document.createElement('label');
    label.htmlFor = id;
    const code = document.createElement('code');
    code.textContent = name;
    label.append(code);
    const input = document.createElement('input');
    input.id = id;
    input.name = `attr:${name}`;
    const hint = document.createElement('p');
    hint.className = 'hint';
    hint.id = `${id}-hint`;
    hint.textContent = HELP[name] ?? '';
    input.setAttribute('aria-describedby', hint.id);
    if (BOOLEAN.has(name)) {
      wrap.className = 'check';
      input.type = 'checkbox';
      input.checked = before.get(input.name) === 'on';
      wrap.append(input, label, hint);
    } else {
      input.type = 'text';
      input.spellcheck = false;
      input.value = before.get(input.name) ?? '';
      wrap.append(label, hint, input);
    }
    return wrap;
  });
  attributeBox.replaceChildren(...fields);
  attributeBox.dataset.for = tag;
}

function choices() {
  const data = new FormData(form);
  const value = (name) => String(data.get(name) ?? '').trim();
  const attributes = [['src', value('feed') || PLACEHOLDER_FEED]];
  for (const name of attributesOf(value('widget'))) {
    const given = data.get(`attr:${name}`);
    if (given === 'on' && BOOLEAN.has(name)) attributes.push([name, '']);
    else if (given && String(given).trim()) attributes.push([name, String(given).trim()]);
  }
  if (value('lang')) attributes.push(['lang', value('lang')]);
  if (value('theme')) attributes.push(['theme', value('theme')]);
  if (data.get('use-accent')) attributes.push(['accent', value('accent')]);
  return {
    widget: value('widget'),
    feed: value('feed'),
    script: value('script') || PLACEHOLDER_SCRIPT,
    fallback: value('fallback'),
    cms: value('cms'),
    accent: data.get('use-accent') ? value('accent') : '',
    attributes,
  };
}

/** The element to paste, as DOM: the widget itself, or the div form for editors that drop it. */
function widgetFor(choice) {
  const element = document.createElement(choice.cms === 'div' ? 'div' : choice.widget);
  if (choice.cms === 'div') element.setAttribute('data-civic-widget', choice.widget);
  for (const [name, value] of choice.attributes)
    element.setAttribute(choice.cms === 'div' ? `data-${name}` : name, value);
  if (choice.fallback) {
    const link = document.createElement('a');
    link.href = choice.fallback;
    link.textContent = 'See this on our website';
    element.append('\n  ', link, '\n');
  }
  return element;
}

const escape = (value) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function update() {
  if (attributeBox.dataset.for !== form.elements.widget.value)
    renderAttributeFields(form.elements.widget.value);
  const choice = choices();
  const element = widgetFor(choice);
  // Read before the element is placed: from then on the widget adds its own state to it.
  const markup = element.outerHTML;
  // The classic script (for systems that allow only a plain <script src>) is named by its address.
  const tag = /\.iife\.js(?:[?#].*)?$/i.test(choice.script)
    ? `<script src="${escape(choice.script)}" defer></script>`
    : `<script type="module" src="${escape(choice.script)}"></script>`;
  snippet.value = `${tag}\n${markup}`;
  themeCss.value = `events-calendar,\nactivity-feed,\nnetwork-card,\ncity-profile {\n  --civic-accent: ${choice.accent || '#1d70b8'};\n}`;
  previewNote.textContent = choice.feed
    ? 'The code above, on this page. If your feed does not appear, check its address in the feed checker: its server must let other websites read it (CORS).'
    : 'Fill in your feed’s address to see your own content here.';
  preview.classList.toggle(
    'dark',
    choice.attributes.some(([n, v]) => n === 'theme' && v === 'dark'),
  );
  // Without the editor's own address the code holds a placeholder that cannot load: show no
  // widget error for it, only the note.
  if (!choice.feed) {
    preview.replaceChildren();
    copied.textContent = '';
    return;
  }
  preview.replaceChildren(element);
  // The data- form is converted on request when it arrives after load, as a CMS page would ask.
  void upgrade(preview);
  copied.textContent = '';
}

document.getElementById('example').addEventListener('click', () => {
  form.elements.feed.value = new URL('/feeds/example/feed.json', location.href).href;
  update();
});
document.getElementById('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.value);
    copied.textContent = 'Copied.';
  } catch {
    snippet.select();
    copied.textContent = 'Select the code and copy it with Ctrl+C (Cmd+C on a Mac).';
  }
});
form.addEventListener('change', update);
form.addEventListener('input', update);
// The settings come from the elements: the script defines a widget on first use, so ask for all four.
Promise.all(TAGS.map((tag) => load(tag))).then(update);
