import type { DiffSide } from '../domain/cellModel.ts'
import { tokensForSide, type DiffToken } from '../domain/diffText.ts'
import { HighlightedText } from './HighlightedText.tsx'


/**
 * Renders word-diff tokens. Deletions are struck and insertions underlined as well as coloured,
 * and each carries a hidden word for screen readers, which do not announce <del>/<ins>.
 */
export function DiffTokens({ tokens, side, query = '' }: { tokens: readonly DiffToken[]; side: DiffSide; query?: string }) {
  return (
    <>
      {tokensForSide(tokens, side).map((token, index) => {
        if (token.kind === 'equal') return <HighlightedText key={index} text={token.text} query={query} />
        if (token.kind === 'removed') {
          return (
            <del key={index} className="diff-del">
              <span className="sr-only">[deleted: </span>
              <HighlightedText text={token.text} query={query} />
              <span className="sr-only">]</span>
            </del>
          )
        }
        return (
          <ins key={index} className="diff-ins">
            <span className="sr-only">[inserted: </span>
            <HighlightedText text={token.text} query={query} />
            <span className="sr-only">]</span>
          </ins>
        )
      })}
    </>
  )
}
