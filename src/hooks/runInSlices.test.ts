/**
 * Work run in slices lets the page paint: on a visible page, slices never run back to back for
 * longer than a frame's worth before the browser gets a frame; a hidden tab, which paints
 * nothing, is never kept waiting for one.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { runInSlices } from './runInSlices.ts'

let now = 0
let frames: FrameRequestCallback[] = []
let painted: number[] = []

/** Steps of `ms` each, on the test's clock. */
function* work(steps: number, ms: number): Generator<void, string> {
  for (let step = 0; step < steps; step++) {
    now += ms
    yield
  }
  return 'done'
}

/** Runs timers and frames until the work is done; a frame comes after every 16 ms of waiting. */
function runToEnd(result: { value: string | null }) {
  for (let turn = 0; turn < 10_000 && result.value === null; turn++) {
    if (vi.getTimerCount() > 0 && frames.length === 0) vi.advanceTimersToNextTimer()
    else if (frames.length > 0) {
      now += 16
      painted.push(now)
      const due = frames
      frames = []
      for (const frame of due) frame(now)
      if (vi.getTimerCount() > 0) vi.advanceTimersToNextTimer()
    }
  }
}

beforeEach(() => {
  now = 0
  frames = []
  painted = []
  vi.useFakeTimers({ toFake: ['setTimeout'] })
  vi.spyOn(performance, 'now').mockImplementation(() => now)
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback))
})

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

describe('runInSlices', () => {
  it('on a visible page, waits for a frame after at most about 50 ms of slices', () => {
    vi.stubGlobal('document', { hidden: false })
    const result: { value: string | null } = { value: null }
    runInSlices(work(300, 2), (value) => (result.value = value))
    runToEnd(result)
    // The work done between one frame and the next (each frame takes 16 ms of the clock).
    const stretches = painted.map((at, index) => at - 16 - (index === 0 ? 0 : painted[index - 1]!))
    expect(result.value).toBe('done')
    expect(painted.length).toBeGreaterThanOrEqual(10)
    // 600 ms of work with a frame at least every 40 ms plus one 12 ms slice.
    expect(Math.max(...stretches)).toBeLessThanOrEqual(52)
    expect(now - painted.at(-1)!).toBeLessThanOrEqual(52)
  })

  it('on a visible page, does no work before the page has had a frame', () => {
    // Started by a render that changed the page: that change is painted before the work begins.
    vi.stubGlobal('document', { hidden: false })
    const result: { value: string | null } = { value: null }
    runInSlices(work(300, 2), (value) => (result.value = value))
    expect(now).toBe(0)
    runToEnd(result)
    expect(result.value).toBe('done')
    expect(painted[0]).toBe(16)
  })

  it('in a hidden tab, never waits for a frame', () => {
    vi.stubGlobal('document', { hidden: true })
    const result: { value: string | null } = { value: null }
    runInSlices(work(300, 2), (value) => (result.value = value))
    runToEnd(result)
    expect(result.value).toBe('done')
    expect(painted).toEqual([])
  })

  it('stops when cancelled', () => {
    vi.stubGlobal('document', { hidden: true })
    const result: { value: string | null } = { value: null }
    const cancel = runInSlices(work(300, 2), (value) => (result.value = value))
    cancel()
    runToEnd(result)
    expect(result.value).toBeNull()
  })
})
