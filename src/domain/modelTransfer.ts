/**
 * Sends a model built from a negotiation between threads without copying the negotiation: the
 * sender replaces every object that belongs to the negotiation (versions, clauses, lineages,
 * terms, topics) with a reference, and the receiver puts back its own copy. Shape-agnostic, so
 * it carries whatever the comparison builder returns.
 */
import type { Negotiation } from './model.ts'

/** A stand-in for an object of the negotiation, by a key both threads derive alike. */
interface EntityRef {
  readonly $entity: string
}

function isEntityRef(value: object): value is EntityRef {
  return typeof (value as Partial<EntityRef>).$entity === 'string' && Object.keys(value).length === 1
}

/** Every object of the negotiation a model may point to, under a key that names it. */
export function negotiationEntities(negotiation: Negotiation): Map<string, object> {
  const entities = new Map<string, object>()
  for (const lineage of negotiation.lineages) entities.set(`lineage:${lineage.id}`, lineage)
  for (const topic of negotiation.topics) entities.set(`topic:${topic.id}`, topic)
  for (const term of negotiation.terms) entities.set(`term:${term.id}`, term)
  for (const version of negotiation.versions) {
    entities.set(`version:${version.id}`, version)
    for (const [clause, value] of version.clauses) {
      entities.set(`clause:${version.id}:${clause}`, value)
      value.parts.forEach((part, index) => entities.set(`part:${version.id}:${clause}:${index}`, part))
    }
  }
  return entities
}

/** The reverse of `negotiationEntities`: each object's key. */
export function entityKeys(entities: ReadonlyMap<string, object>): Map<object, string> {
  const keys = new Map<object, string>()
  for (const [key, entity] of entities) keys.set(entity, key)
  return keys
}

/** Replaces the negotiation's objects inside `value` with references (plain data, arrays and objects only). */
export function toTransfer(value: unknown, keys: ReadonlyMap<object, string>): unknown {
  const walk = (item: unknown): unknown => {
    if (item === null || typeof item !== 'object') return item
    const key = keys.get(item)
    if (key !== undefined) return { $entity: key } satisfies EntityRef
    if (Array.isArray(item)) return item.map(walk)
    if (item instanceof Map || item instanceof Set) throw new Error('A model to transfer holds only arrays and plain objects')
    return Object.fromEntries(Object.entries(item).map(([name, field]) => [name, walk(field)]))
  }
  return walk(value)
}

/** Puts this thread's objects of the negotiation back where `toTransfer` left references. */
export function fromTransfer<T>(value: unknown, entities: ReadonlyMap<string, object>): T {
  const walk = (item: unknown): unknown => {
    if (item === null || typeof item !== 'object') return item
    if (Array.isArray(item)) {
      for (let index = 0; index < item.length; index += 1) item[index] = walk(item[index])
      return item
    }
    if (isEntityRef(item)) {
      const entity = entities.get(item.$entity)
      if (!entity) throw new Error(`The model refers to ${item.$entity}, which this negotiation does not have`)
      return entity
    }
    const record = item as Record<string, unknown>
    for (const name of Object.keys(record)) record[name] = walk(record[name])
    return record
  }
  return walk(value) as T
}
