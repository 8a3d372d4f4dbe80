// Runs in index.html's head, before the page is drawn (the build adds it with the first view
// it draws into the page; see prerenderedFirstView in build/plugins/prerender.ts). A plain script, no
// module, so it also runs where the app's modules cannot (a page opened from disk).
;(function () {
  var root = document.documentElement
  var meta = document.querySelector('meta[name="peace-plan-diff:first-view"]')
  var hashes = meta ? JSON.parse(meta.getAttribute('content') || '[]') : []
  // The drawn view is the default comparison: for any other address, show nothing until the app starts.
  var other = hashes.indexOf(window.location.hash) === -1
  if (other) root.classList.add('first-view-other')
  // Any other address needs the rest of the data (src/load/negotiationJson.ts), which the app
  // imports as it starts: fetch it now, beside the app's code, rather than after it.
  var rest = document.querySelector('meta[name="peace-plan-diff:data-rest"]')
  if (other && rest && window.location.protocol !== 'file:') {
    var preload = document.createElement('link')
    preload.rel = 'modulepreload'
    preload.crossOrigin = ''
    preload.href = rest.getAttribute('content')
    document.head.appendChild(preload)
  }
  // Opened from disk the app cannot start: say so at once (the message is in index.html).
  if (window.location.protocol === 'file:') root.classList.add('first-view-stuck')
  // The colour theme as src/state/theme.ts will apply it, so the drawn page does not flash light.
  var stored = null
  try {
    stored = window.localStorage.getItem('peace-plan-diff.theme')
  } catch {
    // Storage switched off: follow the system.
  }
  var dark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches
  root.setAttribute('data-theme', stored === 'light' || stored === 'dark' ? stored : dark ? 'dark' : 'light')
})()
