import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { patchedPdfWorker, TEXT_STATE_CLONE } from './pdfWorker.ts'

const published = readFileSync(createRequire(import.meta.url).resolve('pdfjs-dist/build/pdf.worker.min.mjs'), 'utf8')

describe('the pdf.js worker the build ships', () => {
  it('clones a text state by class, and changes nothing else', () => {
    const shipped = patchedPdfWorker(published)
    expect(shipped).toContain(TEXT_STATE_CLONE.shipped)
    expect(shipped).not.toContain(TEXT_STATE_CLONE.published)
    expect(shipped.length - published.length).toBe(TEXT_STATE_CLONE.shipped.length - TEXT_STATE_CLONE.published.length)
    expect(shipped.replace(TEXT_STATE_CLONE.shipped, TEXT_STATE_CLONE.published)).toBe(published)
  })

  it('fails the build when the method is not there as published (a pdf.js upgrade changed it)', () => {
    expect(() => patchedPdfWorker(published.replace(TEXT_STATE_CLONE.published, 'clone(){return structuredClone(this)'))).toThrow(/found it 0 times/)
    expect(() => patchedPdfWorker(published + TEXT_STATE_CLONE.published)).toThrow(/found it 2 times/)
  })
})
