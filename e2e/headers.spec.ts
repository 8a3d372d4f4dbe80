import { readFileSync } from 'node:fs'
import { expect, test } from './fixtures/test.ts'

test('the server sends the security headers a static host should send, on the page and its assets', async ({ page, request }) => {
  const response = await page.goto('/')
  const scripts = await page.locator('script[src]').evaluateAll((list) => list.map((el) => el.getAttribute('src')!))
  expect(scripts.length).toBeGreaterThan(0)
  for (const headers of [response!.headers(), (await request.get(scripts[0]!)).headers()]) {
    const policy = headers['content-security-policy'] ?? ''
    // frame-ancestors works only as a header: the page's <meta> policy cannot stop framing.
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toContain("connect-src 'none'")
    expect(policy).toContain("script-src 'self'")
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('no-referrer')
  }
})

test("the README's deployment section gives exactly the headers the server sends", async ({ request }) => {
  const readme = readFileSync('README.md', 'utf8')
  const block = /## Deployment[\s\S]*?```\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
  const documented = Object.fromEntries(block.trim().split('\n').map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]))
  const sent = (await request.get('/')).headers()
  expect(Object.keys(documented)).toEqual(['content-security-policy', 'x-content-type-options', 'referrer-policy'])
  for (const [name, value] of Object.entries(documented)) expect(sent[name], name).toBe(value)
})

test('the server lets no other site read its files: no CORS header, whatever the asking origin', async ({ page, request }) => {
  await page.goto('/')
  const script = await page.locator('script[src]').first().getAttribute('src')
  for (const path of ['/', script!]) {
    for (const origin of ['http://127.0.0.1:47002', 'http://localhost:3000', 'https://example.org']) {
      const headers = (await request.get(path, { headers: { Origin: origin } })).headers()
      expect(headers['access-control-allow-origin'], `${path} asked from ${origin}`).toBeUndefined()
    }
  }
})
