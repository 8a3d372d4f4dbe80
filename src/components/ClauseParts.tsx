import type { PartDiff } from '../domain/clauseDiff.ts'
import type { ClausePart } from '../domain/model.ts'
import { CONFIDENCE_LABEL, WORDING_NOT_KNOWN } from '../domain/labels.ts'
import type { DiffSide } from '../domain/cellText.ts'
import type { RedlineToken } from '../domain/diffText.ts'
import { DiffTokens } from './DiffTokens.tsx'
import { HighlightedText } from './HighlightedText.tsx'

function PartLabel({ part }: { part: ClausePart }) {
  return part.label ? <span className="part__label">({part.label}) </span> : null
}

function UnknownWording() {
  return <span className="part__unknown">{WORDING_NOT_KNOWN}</span>
}

function PartConfidence({ part }: { part: ClausePart }) {
  return part.confidence ? <span className="part__confidence"> [{CONFIDENCE_LABEL[part.confidence].toLowerCase()}]</span> : null
}

/** A clause's own text, part by part, with no diff marks. */
export function PlainParts({ parts, query = '' }: { parts: readonly ClausePart[]; query?: string }) {
  return (
    <div className="parts">
      {parts.map((part) => (
        <p key={part.key} className={part.label ? 'part part--sub' : 'part'}>
          <PartLabel part={part} />
          {part.text === null ? <UnknownWording /> : <HighlightedText text={part.text} query={query} />}
          <PartConfidence part={part} />
        </p>
      ))}
    </div>
  )
}

/**
 * A clause's text diffed part by part against an earlier text. On the `before` side a part only
 * the later text has is left out, and the other way round; a part whose wording is not known
 * says so rather than showing as struck.
 */
export function DiffParts({
  parts,
  side,
  moved,
  query = '',
}: {
  parts: readonly PartDiff[]
  side: DiffSide
  /** Parts with moved text, drawn from these runs rather than their own tokens. */
  moved: ReadonlyMap<string, readonly RedlineToken[]>
  query?: string
}) {
  return (
    <div className="parts">
      {parts.map((diff) => {
        const own = side === 'before' ? diff.before : diff.after ?? diff.before
        if (own === null || (side === 'before' && diff.kind === 'added') || (side === 'after' && diff.kind === 'removed')) return null
        const labelled = (side === 'before' ? diff.before : diff.after) ?? own
        const className = `part${labelled.label ? ' part--sub' : ''} part--${diff.kind}`
        if (diff.kind === 'unknown') {
          const text = side === 'before' ? diff.before?.text : diff.after?.text
          return (
            <p key={diff.key} className={className}>
              <PartLabel part={labelled} />
              {text ? (
                <>
                  <HighlightedText text={text} query={query} />
                  <span className="part__unconfirmed"> (not known whether the other text keeps this)</span>
                </>
              ) : (
                <UnknownWording />
              )}
            </p>
          )
        }
        return (
          <p key={diff.key} className={className}>
            <PartLabel part={labelled} />
            <DiffTokens tokens={moved.get(diff.key) ?? diff.tokens} side={side} query={query} />
            <PartConfidence part={labelled} />
            {diff.kind === 'changed' && diff.rewritten && side !== 'before' ? (
              <span className="part__tag" title="Too different from the earlier text for a word-by-word comparison">
                {' '}
                rewritten
              </span>
            ) : null}
          </p>
        )
      })}
    </div>
  )
}
