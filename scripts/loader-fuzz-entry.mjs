// What the fuzzer bundles (scripts/loader-fuzz-isolation.mjs): the loader with zod's English messages, as
// users see them when a file fails (the app's first view loads those messages only then).
import '../src/load/englishMessages.ts'
export * from '../src/load/loadNegotiation.ts'
