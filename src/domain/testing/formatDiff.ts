import type { PartDiff } from '../clauseDiff.ts'
import type { DiffToken } from '../diffText.ts'

/** A compact text form of a word diff, for assertions: `capped at [-600,000-]{+800,000+}`. */
export function formatTokens(tokens: readonly DiffToken[]): string {
  return tokens
    .map((token) => (token.kind === 'removed' ? `[-${token.text}-]` : token.kind === 'added' ? `{+${token.text}+}` : token.text))
    .join('')
}

/** One line per part: `key:kind text`. */
export function formatParts(parts: readonly PartDiff[] | null): string {
  if (parts === null) return '(no diff)'
  return parts.map((part) => `${part.key}:${part.rewritten ? 'rewritten' : part.kind} ${formatTokens(part.tokens)}`.trimEnd()).join('\n')
}
