/** A Storage in memory for the save tests, which can be told to refuse writes (a full or disabled storage). */
export class MemoryStorage {
  readonly items = new Map<string, string>();
  refuseWrites = false;
  refuseEverything = false;

  get length(): number {
    if (this.refuseEverything) throw new Error('SecurityError');
    return this.items.size;
  }
  key(i: number): string | null {
    if (this.refuseEverything) throw new Error('SecurityError');
    return [...this.items.keys()][i] ?? null;
  }
  getItem(key: string): string | null {
    if (this.refuseEverything) throw new Error('SecurityError');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.refuseWrites || this.refuseEverything) throw new Error('QuotaExceededError');
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    if (this.refuseEverything) throw new Error('SecurityError');
    this.items.delete(key);
  }
}
