// A tiny rollup plugin serving in-memory modules by id (used to build Lit alone for comparison).
export default function virtual(modules) {
  return {
    name: 'virtual-module',
    resolveId: (id) => (id in modules ? id : null),
    load: (id) => (id in modules ? modules[id] : null),
  };
}
