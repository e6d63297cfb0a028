// The compiled library (lib/, from `npm run build`), for the CLI: its commands
// use the elements' own code, and --help and the "not built yet" message must
// still work before a build.

/** The module at lib/`path`; `undefined` before the library is built. */
export async function fromLib(path) {
  try {
    return await import(new URL(`../../lib/${path}`, import.meta.url).href);
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw error;
  }
}
