export function buildRecoverPage(): Promise<string>;
