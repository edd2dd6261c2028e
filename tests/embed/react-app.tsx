/**
 * A React 19 page using the widgets with properties and events, as a council
 * developer would. Bundled by the embed test with esbuild.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

type WidgetProps = {
  id?: string;
  src?: string;
  feed?: unknown;
  month?: string;
  compact?: boolean;
  'oncivic-month-change'?: (event: CustomEvent<{ month: string }>) => void;
  'oncivic-feed-load'?: (event: CustomEvent) => void;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'events-calendar': WidgetProps;
      'network-card': WidgetProps;
    }
  }
}

declare global {
  interface Window {
    __events: unknown[];
  }
}
window.__events = [];

const feed = {
  version: 1,
  cities: [{ id: 'reactville', name: 'Reactville', timeZone: 'Europe/London' }],
  events: [{ id: 'r1', title: 'React meetup', start: '2026-12-10T18:00', city: 'reactville' }],
};

function App() {
  const [month, setMonth] = useState('2026-12');
  const [loaded, setLoaded] = useState(0);
  return (
    <>
      <h1>React page</h1>
      <p id="month">Shown month: {month}</p>
      <p id="loaded">Loaded: {loaded}</p>
      <events-calendar
        id="calendar"
        feed={feed}
        month={month}
        oncivic-month-change={(e: CustomEvent<{ month: string }>) => {
          window.__events.push(['month', e.detail.month]);
          setMonth(e.detail.month);
        }}
        oncivic-feed-load={() => setLoaded((n) => n + 1)}
      />
      <network-card id="card" src="/feeds/unic/network.json" compact />
    </>
  );
}

// React 19 sets properties only on elements that are already defined (else it
// writes attributes, and `feed` would arrive as "[object Object]"), and the
// script tag defines a tag when the page first uses it: so load the two first.
const script = '/dist/civic-widgets.js';
const { load } = (await import(script)) as { load: (tag: string) => Promise<unknown> };
await Promise.all([load('events-calendar'), load('network-card')]);

createRoot(document.getElementById('root')!).render(<App />);
