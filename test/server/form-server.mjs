// Test-server middleware: a form handler for <tip-a-friend> that records what
// it receives, so tests can assert exactly what was sent over the network.
//
//   POST /__tip/ok?id=I           → 200, the request recorded under I
//   POST /__tip/status/CODE?id=I  → that HTTP status, recorded
//   POST /__tip/slow/MS?id=I      → 200 after MS milliseconds, recorded on arrival
//   POST /__tip/flaky?id=I        → 503 the first time for I, 200 after that
//   GET  /__tip-log?id=I          → [{method, contentType, body}] recorded under I
import {setTimeout as sleep} from 'node:timers/promises';

const log = new Map();

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export async function formServer(ctx, next) {
  if (ctx.path === '/__tip-log') {
    ctx.body = log.get(ctx.query.id) ?? [];
    return;
  }
  const route = /^\/__tip\/(ok|flaky|status\/(\d{3})|slow\/(\d+))$/.exec(ctx.path);
  if (!route) return next();
  const entries = log.get(ctx.query.id) ?? [];
  log.set(ctx.query.id, entries);
  entries.push({
    method: ctx.method,
    contentType: ctx.get('content-type'),
    body: await readBody(ctx.req),
  });
  if (route[3]) await sleep(Math.min(Number(route[3]), 30_000));
  const flaky = route[1] === 'flaky' && entries.length === 1;
  ctx.status = route[2] ? Number(route[2]) : flaky ? 503 : 200;
  ctx.body = ctx.status < 400 ? 'Thank you' : 'Refused';
}
