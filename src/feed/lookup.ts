/** Finding a feed entry by its id, shared by every element that names entries in attributes. */

/** Each list's entries by id, made once per list: a loaded feed's lists never change. */
const maps = new WeakMap<readonly {id: string}[], Map<string, {id: string}>>();

/** The entry of `list` with this id (validation has made ids unique within a list). */
export function byId<T extends {id: string}>(
  list: readonly T[],
  id: string,
): T | undefined {
  let map = maps.get(list) as Map<string, T> | undefined;
  if (!map) maps.set(list, (map = new Map(list.map((entry) => [entry.id, entry]))));
  return map.get(id);
}
