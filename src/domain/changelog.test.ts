import { describe, expect, it } from 'vitest'
import { parseChangelog } from './changelog.ts'
import changelog from '../../data/CHANGELOG.md?raw'

describe('parseChangelog', () => {
  it('reads headings, paragraphs and lists, keeping markup as text', () => {
    expect(parseChangelog('# Log\n\nIntro line\ncontinued.\n\n## 2026-11-30: fixes\nSources\n- one <b>x</b>\n  wrapped\n- two\n')).toEqual([
      { kind: 'heading', level: 1, text: 'Log' },
      { kind: 'paragraph', text: 'Intro line continued.' },
      { kind: 'heading', level: 2, text: '2026-11-30: fixes' },
      { kind: 'paragraph', text: 'Sources' },
      { kind: 'list', items: ['one <b>x</b> wrapped', 'two'] },
    ])
  })

  it('finds a dated entry in the shipped changelog', () => {
    const dated = parseChangelog(changelog).filter((block) => block.kind === 'heading' && /^\d{4}-\d{2}-\d{2}/.test(block.text))
    expect(dated.length).toBeGreaterThan(0)
  })
})
