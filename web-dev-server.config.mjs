// `npm start`: serves the demo (demo/index.html) on the built bundle in dist/.
export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  open: process.env.CI ? false : '/demo/',
  watch: false,
};
