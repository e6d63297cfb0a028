// `npm start`: serves the demo (demo/index.html) on the built bundle in dist/.
// `/demo/api/tip` stands in for a CMS form handler so that the demo's
// <tip-a-friend> can post: it prints what it received and answers 200.
async function demoFormHandler(ctx, next) {
  if (ctx.path !== '/demo/api/tip' || ctx.method !== 'POST') return next();
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  const fields = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
  console.log('demo form handler received:', Object.fromEntries(fields));
  ctx.body = 'Thank you';
}

export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  open: process.env.CI ? false : '/demo/',
  watch: false,
  middleware: [demoFormHandler],
};
