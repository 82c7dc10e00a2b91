export function esbuildFailure(error: unknown): string;
