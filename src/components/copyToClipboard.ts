/**
 * Puts text on the clipboard, with an HTML form beside it when there is one, so that links stay
 * clickable when pasted into Outlook or Gmail while a plain-text editor gets the plain text.
 * Falls back to plain text where the browser takes only that; rejects where it takes nothing
 * (a file:// page, a policy), so the caller can show the text to copy by hand.
 */
export async function copyToClipboard(text: string, html?: string): Promise<void> {
  if (html !== undefined && typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard?.write === 'function') {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ])
      return
    } catch {
      // Some browsers refuse HTML on the clipboard: plain text still carries the links.
    }
  }
  await navigator.clipboard.writeText(text)
}
