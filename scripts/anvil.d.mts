export function anvilPath(): string;
export function startAnvil(options?: {
  port?: number;
}): Promise<{ url: string; pid: number; stop(): Promise<void> }>;
