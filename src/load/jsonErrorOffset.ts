/**
 * Where JSON text first goes wrong, as an offset. JSON.parse in Chromium names the position
 * only for some errors; users need a line and column for every one.
 */
export function jsonErrorOffset(text: string): number {
  let at = 0
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text.charAt(at))) at++
  }
  const fail = (): never => {
    throw at
  }
  const literal = (word: string) => {
    if (text.startsWith(word, at)) at += word.length
    else fail()
  }
  const string = () => {
    at++
    while (at < text.length) {
      const char = text.charAt(at)
      if (char === '"') return void at++
      if (char < ' ') fail()
      if (char === '\\') {
        const next = text[at + 1]
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) fail()
          at += 6
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) at += 2
        else fail()
      } else at++
    }
    fail()
  }
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at, at + 400))
    if (!match) return fail()
    at += match[0].length
  }
  // An explicit stack: a hostile file nested 100,000 deep must not overflow the call stack.
  const stack: ('{' | '[')[] = []
  const value = () => {
    space()
    const char = text[at]
    if (char === '{' || char === '[') {
      stack.push(char)
      at++
      space()
      if (text[at] === (char === '{' ? '}' : ']')) {
        stack.pop()
        at++
        return true
      }
      if (char === '{') member()
      return false
    }
    if (char === '"') string()
    else if (char === 't') literal('true')
    else if (char === 'f') literal('false')
    else if (char === 'n') literal('null')
    else number()
    return true
  }
  const member = () => {
    space()
    if (text[at] !== '"') fail()
    string()
    space()
    if (text[at] !== ':') fail()
    at++
  }
  try {
    let complete = value()
    for (;;) {
      if (complete) {
        space()
        const top = stack[stack.length - 1]
        if (top === undefined) break
        if (text[at] === ',') {
          at++
          if (top === '{') member()
          complete = value()
          continue
        }
        if (text[at] !== (top === '{' ? '}' : ']')) fail()
        stack.pop()
        at++
      } else {
        complete = value()
      }
    }
    space()
    return at < text.length ? at : -1
  } catch (offset) {
    return typeof offset === 'number' ? offset : at
  }
}
