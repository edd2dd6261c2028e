// The embed-code builder: reads the form, shows a live preview and the code
// to paste. DOM APIs only (no innerHTML), so it runs under Trusted Types.
const form = document.getElementById('builder');
const preview = document.getElementById('preview');
const snippet = document.getElementById('snippet');
const copied = document.getElementById('copied');
const origin = location.origin;

function choices() {
  const data = new FormData(form);
  return Object.fromEntries(data.entries());
}

function attributesFor({ widget, city, lang, theme }) {
  const attributes = [['src', `${origin}/feeds/unic/hub.json`]];
  if (widget === 'network-card') attributes.push(['network', 'unic']);
  else if (city) attributes.push(['city', city]);
  if (lang) attributes.push(['lang', lang]);
  if (theme) attributes.push(['theme', theme]);
  return attributes;
}

const escape = (value) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function code(choice) {
  const attributes = attributesFor(choice);
  const style =
    choice.accent && choice.accent !== '#1d70b8' ? ` style="--civic-accent: ${choice.accent}"` : '';
  const script = `<script type="module" src="${origin}/dist/civic-widgets.js"></script>`;
  if (choice.cms === 'div') {
    const data = attributes.map(([name, value]) => ` data-${name}="${escape(value)}"`).join('');
    return `${script}\n<div data-civic-widget="${choice.widget}"${data}${style}>\n  <a href="${origin}/">See this on our website</a>\n</div>`;
  }
  const attrs = attributes.map(([name, value]) => ` ${name}="${escape(value)}"`).join('');
  return `${script}\n<${choice.widget}${attrs}${style}></${choice.widget}>`;
}

function update() {
  const choice = choices();
  const element = document.createElement(choice.widget);
  for (const [name, value] of attributesFor(choice)) element.setAttribute(name, value);
  element.setAttribute('heading-level', '3');
  if (choice.accent) element.style.setProperty('--civic-accent', choice.accent);
  preview.classList.toggle('dark', choice.theme === 'dark');
  preview.replaceChildren(element);
  snippet.value = code(choice);
  copied.textContent = '';
}

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
update();
