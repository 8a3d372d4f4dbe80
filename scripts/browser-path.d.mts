export function findChromium(): { source: 'env' | 'playwright' | 'system'; executablePath: string } | null
export const CHROMIUM_ARGS: string[]
