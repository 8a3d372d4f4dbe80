export function summaryLine(reports: { vitest: unknown; playwright: unknown; extraFailures?: number }): string
