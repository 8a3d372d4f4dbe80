/** Runs work written as steps (a generator that yields between steps) to its end, in one go. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}
