import { describe, expect, it } from 'vitest'
import { shareMessage, workspaceFileName } from './shareMessage.ts'

describe('the message that goes with a shared workspace', () => {
  it('gives the link to the view and one line on opening it with the file', () => {
    const link = 'https://intranet.example/diff/#/w/ws-1a2b3c4d/compare/monday-draft/friday-draft?clause=point-2'
    const message = shareMessage('Ceasefire talks', link, workspaceFileName('ws-1a2b3c4d'))
    expect(message.split('\n')).toEqual([
      `“Ceasefire talks”, compared in peace-plan-diff: ${link}`,
      'To open it: save the attached file ws-1a2b3c4d.json, open the link, and choose “Import the workspace file” on the page it shows (the drafts stay in your browser).',
    ])
  })
})
