/**
 * The `basedOn` graph of the versions: an order in which every version comes after its base,
 * the cycles reported, and which versions are in which version's line. Linear in the number of
 * versions, and iterative, so bad data (a cycle, a chain of thousands) neither hangs nor
 * overflows the stack.
 */
import { versionLine } from '../domain/versionLine.ts'
import type { ReportIssue } from './files.ts'
import type { ParsedVersion } from './validateFiles.ts'

export interface VersionGraph {
  /** Base first; versions in a cycle, or based on one, are left out. */
  readonly ordered: readonly ParsedVersion[]
  /** True when `ancestor` is `version` or a version it descends from. */
  readonly inLine: (ancestor: string, version: string) => boolean
}

/** `a → b → a`, shortened in the middle for a long cycle. */
function describeCycle(members: readonly string[]): string {
  const shown = members.length <= 4 ? members : [...members.slice(0, 3), '…']
  return [...shown, members[0]].join(' → ')
}

export function versionGraph(versions: readonly ParsedVersion[], report: ReportIssue): VersionGraph {
  const byId = new Map<string, ParsedVersion>()
  for (const version of versions) if (!byId.has(version.data.id)) byId.set(version.data.id, version)
  const baseOf = (id: string) => byId.get(id)?.data.basedOn

  const ordered: ParsedVersion[] = []
  const placed = new Set<string>()
  const broken = new Set<string>()
  for (const version of byId.values()) {
    // Walk up to the first version already handled; what is below it is placed base first.
    const pending: ParsedVersion[] = []
    let behindCycle = false
    for (const id of versionLine(version.data.id, baseOf)) {
      if (placed.has(id)) break
      if (broken.has(id)) {
        behindCycle = true
        break
      }
      const file = byId.get(id)
      if (!file) {
        // The line starts at `version` itself, so the last one placed is the one naming `id`.
        report((pending.at(-1) ?? version).path, 'basedOn', `Unknown version "${id}"`)
        break
      }
      pending.push(file)
    }
    const last = pending.at(-1)
    const cycleStart = last && !behindCycle ? pending.findIndex((file) => file.data.id === last.data.basedOn) : -1
    if (cycleStart !== -1 || behindCycle) {
      const cycle = cycleStart === -1 ? [] : pending.slice(cycleStart)
      const ids = cycle.map((file) => file.data.id)
      cycle.forEach((file, index) => {
        report(file.path, 'basedOn', `Versions are based on each other in a cycle: ${describeCycle([...ids.slice(index), ...ids.slice(0, index)])}`)
      })
      for (const file of pending.slice(0, cycleStart === -1 ? pending.length : cycleStart)) {
        report(file.path, 'basedOn', `Based on "${file.data.basedOn}", whose line of bases runs in a cycle`)
      }
      for (const file of pending) broken.add(file.data.id)
      continue
    }
    for (const file of pending.reverse()) {
      placed.add(file.data.id)
      ordered.push(file)
    }
  }
  return { ordered, inLine: lineIntervals(ordered) }
}

/**
 * Numbers each version on entering and leaving it in a depth-first walk of the base → revision
 * tree; a version is in another's line when its interval contains the other's.
 */
function lineIntervals(ordered: readonly ParsedVersion[]): (ancestor: string, version: string) => boolean {
  const ids = new Set(ordered.map((file) => file.data.id))
  const revisions = new Map<string, string[]>()
  const roots: string[] = []
  for (const { data } of ordered) {
    if (!data.basedOn || !ids.has(data.basedOn)) roots.push(data.id)
    else {
      const siblings = revisions.get(data.basedOn)
      if (siblings) siblings.push(data.id)
      else revisions.set(data.basedOn, [data.id])
    }
  }
  const enter = new Map<string, number>()
  const leave = new Map<string, number>()
  let clock = 0
  for (const root of roots) {
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }]
    enter.set(root, clock++)
    for (let top = stack.at(-1); top; top = stack.at(-1)) {
      const child = revisions.get(top.id)?.[top.next]
      if (child === undefined) {
        leave.set(top.id, clock++)
        stack.pop()
      } else {
        top.next += 1
        enter.set(child, clock++)
        stack.push({ id: child, next: 0 })
      }
    }
  }
  return (ancestor, version) => {
    const [a, b, c, d] = [enter.get(ancestor), leave.get(ancestor), enter.get(version), leave.get(version)]
    return a !== undefined && b !== undefined && c !== undefined && d !== undefined && a <= c && d <= b
  }
}
