import type { ReactNode } from 'react'
import type { Alternative } from '../domain/model.ts'
import { PlainParts } from './ClauseParts.tsx'

export interface RivalOptionsProps {
  readonly alternatives: readonly Alternative[]
  readonly query?: string
  /** How each option's terms, confidence and sources are shown: differs between screen and print. */
  readonly renderDetails: (alternative: Alternative) => ReactNode
  readonly className?: string
}

/** The parties' rival options for a clause they have not agreed. */
export function RivalOptions({ alternatives, query = '', renderDetails, className = 'alternatives' }: RivalOptionsProps) {
  if (alternatives.length === 0) return null
  return (
    <div className={className}>
      <p className="alternatives__heading">Rival options, not agreed:</p>
      <ul>
        {alternatives.map((alternative) => (
          <li key={alternative.party} className="alternative">
            <p className="alternative__party">
              <strong>{alternative.party}</strong>: {alternative.title}
            </p>
            <PlainParts parts={alternative.parts} query={query} />
            {renderDetails(alternative)}
          </li>
        ))}
      </ul>
    </div>
  )
}
