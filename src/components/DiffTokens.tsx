import type { DiffSide } from '../domain/cellText.ts'
import { tokensForSide, type RedlineToken } from '../domain/diffText.ts'
import { HighlightedText } from './HighlightedText.tsx'


/**
 * Renders word-diff tokens. Deletions are struck and insertions underlined as well as coloured,
 * and each carries a hidden word for screen readers, which do not announce <del>/<ins>. Moved
 * text is double struck where it left and double underlined where it landed, with a visible
 * label saying where it went or came from (read out with the text, not after it).
 */
export function DiffTokens({ tokens, side, query = '' }: { tokens: readonly RedlineToken[]; side: DiffSide; query?: string }) {
  return (
    <>
      {tokensForSide(tokens, side).map((token, index) => {
        if (token.kind === 'equal') return <HighlightedText key={index} text={token.text} query={query} />
        if (token.kind === 'moved-from' || token.kind === 'moved-to') {
          const Mark = token.kind === 'moved-from' ? 'del' : 'ins'
          return (
            <Mark key={index} className={`diff-${token.kind}`} data-move={token.name}>
              <span className="sr-only">[{token.label}: </span>
              <HighlightedText text={token.text} query={query} />
              <span className="sr-only">]</span>
              <span className="move-tag" aria-hidden="true">
                {token.label}
              </span>
            </Mark>
          )
        }
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
