export function wordFile(paragraphs: readonly string[]): Promise<Buffer>
