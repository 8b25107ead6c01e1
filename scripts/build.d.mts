export function buildAll(options?: { demo?: boolean }): Promise<void>;
