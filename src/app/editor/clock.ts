/** Times of day as teachers write them ("11:20"), for fields the level format keeps in seconds. */

/** "11:20" or "11:20:30" → seconds after midnight; a plain number is seconds. */
export function parseClock(text: string): number | undefined {
  const t = text.trim().replace(',', '.');
  const m = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$/.exec(t);
  if (m) return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0);
  const n = Number(t);
  return t !== '' && Number.isFinite(n) ? n : undefined;
}

/** Seconds as a time of day "11:20" (":SS" only when not whole minutes). */
export function formatClock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const two = (n: number): string => String(Math.floor(n)).padStart(2, '0');
  return `${two(h)}:${two(m)}${s ? `:${two(s)}` : ''}`;
}

