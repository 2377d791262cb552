/**
 * Grouping without copying: appending to a list in a map, and grouping a list by a key, each in
 * time linear in the items (a spread `[...list, item]` per item is quadratic).
 */

/** Appends `value` to the list at `key`, creating it. @internal */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** The items grouped by key, groups in order of first appearance. @internal */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): T[][] {
  const groups = new Map<K, T[]>()
  for (const item of items) appendTo(groups, keyOf(item), item)
  return [...groups.values()]
}
