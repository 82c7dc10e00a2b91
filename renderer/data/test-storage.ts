// A localStorage stand-in for tests of what the app keeps outside IndexedDB (the profile marker).

/** An in-memory Storage with the three methods the app uses. */
export function memoryStorage() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
}
