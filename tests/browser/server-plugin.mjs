/**
 * A misbehaving feed server for the browser tests, mounted in Web Test
 * Runner's own dev server (same origin, real HTTP on localhost):
 *
 *   /api/feed?file=demo/feeds/…json   serve a fixture, with any of:
 *     &key=K          count requests under K (read them at /api/count?key=K)
 *     &status=500     answer with this status
 *     &failTimes=2    answer 503 to the first 2 requests for K, then the file
 *     &failAfter=1    answer the first request for K, then 500 to every later one
 *     &delay=300      wait this many ms before answering
 *     &hang=1         never answer
 *     &trickle=1      send the body a few bytes at a time, slowly
 *     &truncate=1     send half the file
 *     &type=text/html use this content type
 *     &size=21000000  send a JSON body of about this many bytes
 *     &reset=1        destroy the connection without an answer
 *     &cors=0         refuse cross-origin reads (no Access-Control-Allow-Origin)
 *     &junk=60000     the file, with this many junk records ({}, 3 bytes each) before its events
 *     &events=10500   the file, with this many valid events ("e0", "e1" …) after its own
 *   /api/count?key=K  how many requests K has seen, and how many the browser
 *                     abandoned before the answer, as {"count": N, "aborted": N}
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const counts = new Map();
const aborted = new Map();
const root = resolve(process.cwd());

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function handle(ctx) {
  const q = Object.fromEntries(new URL(ctx.url, 'http://x').searchParams);
  if (ctx.path === '/api/count') {
    ctx.set('content-type', 'application/json');
    ctx.body = JSON.stringify({ count: counts.get(q.key) ?? 0, aborted: aborted.get(q.key) ?? 0 });
    return;
  }
  const key = q.key ?? '';
  const seen = (counts.get(key) ?? 0) + 1;
  counts.set(key, seen);
  if (q.cors !== '0') ctx.set('access-control-allow-origin', '*');
  // The response closing before it finished means the browser gave up on it.
  ctx.res.on('close', () => {
    if (!ctx.res.writableFinished) aborted.set(key, (aborted.get(key) ?? 0) + 1);
  });
  if (q.delay) await sleep(Number(q.delay));
  if (q.hang) {
    await sleep(120_000);
    return;
  }
  if (q.reset) {
    ctx.req.socket.destroy();
    ctx.respond = false;
    return;
  }
  if (q.failTimes && seen <= Number(q.failTimes)) {
    ctx.status = 503;
    ctx.body = 'busy';
    return;
  }
  if (q.failAfter && seen > Number(q.failAfter)) {
    ctx.status = 500;
    ctx.body = 'broken';
    return;
  }
  if (q.status) {
    ctx.status = Number(q.status);
    ctx.set('content-type', 'text/html');
    ctx.body = `<!doctype html><title>${q.status}</title><h1>Error ${q.status}</h1>`;
    return;
  }
  ctx.set('content-type', q.type ?? 'application/json');
  if (q.size) {
    const size = Number(q.size);
    ctx.body = `{"version":1,"title":"${'x'.repeat(Math.max(0, size - 40))}"}`;
    return;
  }
  const path = resolve(root, q.file ?? '');
  if (!path.startsWith(root + '/')) {
    ctx.status = 403;
    return;
  }
  let text = await readFile(path, 'utf8');
  if (q.junk || q.events) {
    const feed = JSON.parse(text);
    const junk = Array(Number(q.junk ?? 0)).fill({});
    const extra = Array.from({ length: Number(q.events ?? 0) }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      start: '2027-05-01',
    }));
    text = JSON.stringify({ ...feed, events: [...junk, ...(feed.events ?? []), ...extra] });
  }
  if (q.truncate) text = text.slice(0, Math.floor(text.length / 2));
  if (q.trickle) {
    ctx.respond = false;
    ctx.res.writeHead(200, {
      'content-type': q.type ?? 'application/json',
      'access-control-allow-origin': '*',
    });
    for (let i = 0; i < text.length; i += 64) {
      if (ctx.res.destroyed) return;
      ctx.res.write(text.slice(i, i + 64));
      await sleep(Number(q.trickle) || 50);
    }
    ctx.res.end();
    return;
  }
  ctx.body = text;
}

/** Koa middleware for the dev server's `middleware` option (runs before static files). */
export async function feedTestServer(ctx, next) {
  if (ctx.path === '/api/feed' || ctx.path === '/api/count') {
    await handle(ctx);
    return;
  }
  await next();
}
