import type { NegotiationFiles } from '../src/load/loadNegotiation.ts'

export function readDataFolder(): NegotiationFiles
export function versionChain(length: number): NegotiationFiles
