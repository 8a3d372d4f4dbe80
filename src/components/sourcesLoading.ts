import { createContext } from 'react'

/**
 * True while the negotiation drawn is an opening (src/load/negotiationJson.ts): its source
 * records are still on their way, so a source list says so rather than showing none.
 */
export const SourcesLoading = createContext(false)
