// A page that builds widgets from script, with properties and events only.
// The calendar is made before its tag is defined (the script tag defines it
// once it is in the page, keeping the properties set here); the card after
// asking the loader for its class.
const log = (window.__events = []);
const app = document.getElementById('app');

const calendar = document.createElement('events-calendar');
calendar.id = 'calendar';
calendar.month = '2026-12';
calendar.city = 'testville';
calendar.addEventListener('civic-feed-load', (e) => log.push(['load', e.detail.problems.length]));
calendar.addEventListener('civic-day-select', (e) =>
  log.push(['day', e.detail.date, e.detail.events.length]),
);
calendar.addEventListener('civic-month-change', (e) => log.push(['month', e.detail.month]));
const response = await fetch('/feeds/states/dst.json');
calendar.feed = await response.json();
app.append(calendar);

const { load } = await import('/dist/civic-widgets.js');
const NetworkCard = await load('network-card');
const card = new NetworkCard();
card.id = 'card';
card.src = '/feeds/unic/network.json';
card.addEventListener('civic-feed-error', (e) => log.push(['error', e.detail.error.kind]));
card.addEventListener('civic-feed-load', () => log.push(['card-load']));
app.append(card);
