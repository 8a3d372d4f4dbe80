/**
 * What happened after the latest version (negotiation.json `developments`): each event cites
 * existing sources, comes after the latest version and in date order, and was found by the date
 * the editors say they last checked.
 */
import type { Developments, Version } from '../domain/model.ts'
import type { NegotiationFile } from './schema.ts'
import type { Catalog } from './crossReferences.ts'
import type { ReportIssue } from './files.ts'
import { toSourceRef } from './normalize.ts'

export function checkDevelopments(
  raw: NegotiationFile['developments'],
  path: string,
  versions: readonly Version[],
  { checkRefs }: Catalog,
  report: ReportIssue,
): Developments | undefined {
  if (!raw) return undefined
  const latest = versions.reduce<Version | undefined>((found, version) => (found && found.date >= version.date ? found : version), undefined)
  let previous = ''
  raw.events.forEach((event, index) => {
    const at = `developments.events.${index}`
    checkRefs(path, `${at}.sources`, event.sources)
    if (latest && event.date <= latest.date) report(path, `${at}.date`, `An event listed after the latest version must come after it ("${latest.id}", ${latest.date})`)
    if (event.date < previous) report(path, `${at}.date`, 'List the events in date order')
    if (event.until !== undefined && event.until < event.date) report(path, `${at}.until`, 'An event cannot end before it starts')
    if ((event.until ?? event.date) > raw.checked) report(path, `${at}.date`, `Dated after the day the list was checked (${raw.checked})`)
    previous = event.date
  })
  return {
    title: raw.title,
    summary: raw.summary,
    checked: raw.checked,
    events: raw.events.map((event) => ({ date: event.date, ...(event.until ? { until: event.until } : {}), text: event.text, sources: event.sources.map(toSourceRef) })),
  }
}
