/**
 * What "Share" hands a colleague beside the workspace file: the link to the view, and one line
 * on how to open it. Links open nothing without the file (a workspace lives only in the browser
 * that holds it), so the message names the file and the button that imports it.
 */

/** The file a workspace is saved as, by Export and Share alike: its id, so the link and the file match. */
export function workspaceFileName(id: string): string {
  return `${id}.json`
}

/**
 * @example shareMessage('Ceasefire talks', 'https://example.org/#/w/ws-1/compare/a/b?clause=point-1', 'ws-1.json')
 */
export function shareMessage(name: string, link: string, fileName: string): string {
  return [
    `“${name}”, compared in peace-plan-diff: ${link}`,
    `To open it: save the attached file ${fileName}, open the link, and choose “Import the workspace file” on the page it shows (the drafts stay in your browser).`,
  ].join('\n')
}
