import { useEffect, useState, type RefObject } from 'react'

interface ReadingLineProps {
  /** The sticky toolbar: the cell just below it is the one being read. */
  readonly toolbar: RefObject<HTMLElement | null>
  readonly versions: readonly { readonly id: string; readonly shortTitle: string }[]
  readonly clauseTitle: (key: string) => string | undefined
}

interface Reading {
  readonly version: string
  readonly clause: string
}

/** The version cell and clause at the top of the reading area, just below the toolbar, if any. */
function readingAt(toolbar: HTMLElement): Reading | null {
  // A little below the toolbar: the thin end of the clause before is not what is being read.
  const below = document.elementFromPoint(window.innerWidth / 2, toolbar.getBoundingClientRect().bottom + 24)
  const cell = below?.closest<HTMLElement>('[data-testid="compare.cell"]')
  const row = below?.closest<HTMLElement>('[data-testid="compare.row"]')
  return cell?.dataset.version && row?.dataset.clause ? { version: cell.dataset.version, clause: row.dataset.clause } : null
}

/**
 * Names what is being read, in the sticky toolbar: on a phone the versions are stacked, and a
 * long clause fills the screen with one version's text, its label scrolled away. Above the
 * clauses it names the versions compared.
 */
export function ReadingLine({ toolbar, versions, clauseTitle }: ReadingLineProps) {
  const [reading, setReading] = useState<Reading | null>(null)
  useEffect(() => {
    let frame = 0
    const measure = () => {
      frame = 0
      const bar = toolbar.current
      // Drawn only on a narrow screen; elsewhere the line is hidden and nothing is measured.
      if (!bar || bar.querySelector('.compare-toolbar__reading')?.getClientRects().length === 0) return
      const next = readingAt(bar)
      setReading((shown) => (shown?.version === next?.version && shown?.clause === next?.clause ? shown : next))
    }
    const onScroll = () => {
      frame ||= requestAnimationFrame(measure)
    }
    window.addEventListener('scroll', onScroll, { passive: true })
    window.addEventListener('resize', onScroll, { passive: true })
    measure()
    return () => {
      window.removeEventListener('scroll', onScroll)
      window.removeEventListener('resize', onScroll)
      cancelAnimationFrame(frame)
    }
  }, [toolbar])

  const version = reading ? versions.find((candidate) => candidate.id === reading.version) : undefined
  const title = reading ? clauseTitle(reading.clause) : undefined
  return (
    <p className="compare-toolbar__reading" data-testid="compare.reading">
      {version && title ? (
        <>
          <span className="sr-only">Reading </span>
          <strong>{version.shortTitle}</strong> · {title}
        </>
      ) : (
        versions.map((candidate) => candidate.shortTitle).join(' → ')
      )}
    </p>
  )
}
