export function serverBin(): string | null;
export function startCluster(): Promise<{ url: string; dir: string; port: number }>;
export function stopCluster(dir: string): void;
export function stopServer(dir: string): void;
export function startServer(dir: string, port: number): void;
export const PASSWORD_USER: string;
export const PASSWORD: string;
