/**
 * Saves a file generated in the browser: nothing is uploaded. The object URL is revoked once
 * the download has been handed to the browser.
 */
export function downloadFile(fileName: string, mimeType: string, content: string | Uint8Array) {
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type: mimeType }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
