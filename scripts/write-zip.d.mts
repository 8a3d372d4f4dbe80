export function writeZip(parts: readonly { name: string; data: Uint8Array; declaredSize?: number }[]): Buffer
