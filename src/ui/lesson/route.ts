/** The part of the game an address shows, from its #fragment, and back. */
import type { SaveProblem } from '../../app/lesson/saves';

export type Route = { kind: 'game' } | { kind: 'editor' } | { kind: 'compare'; hash: string } | { kind: 'setup'; notice?: { code?: SaveProblem; reason: string } } | { kind: 'lesson'; id: string } | { kind: 'join' };

export function routeOf(hash: string): Route {
  // The compare page (in the game's shell too) reads its own address, even a mangled one, and says what was wrong.
  if (/^#?compare(\/|$)/.test(hash)) return { kind: 'compare', hash: hash.startsWith('#') ? hash : `#${hash}` };
  let h: string;
  try {
    h = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    // A mangled address (a broken %-escape) shows the game's menu rather than a dead page.
    return { kind: 'game' };
  }
  if (h === 'lesson') return { kind: 'setup' };
  if (h.startsWith('lesson/') && h.length > 'lesson/'.length) return { kind: 'lesson', id: h.slice('lesson/'.length) };
  if (h === 'join') return { kind: 'join' };
  // The process editor lives inside the game's own shell (src/ui/app.ts), which reads this fragment.
  if (h === 'editor') return { kind: 'editor' };
  return { kind: 'game' };
}

export function hashOf(route: Route): string {
  if (route.kind === 'setup') return '#lesson';
  if (route.kind === 'lesson') return `#lesson/${encodeURIComponent(route.id)}`;
  if (route.kind === 'join') return '#join';
  if (route.kind === 'editor') return '#editor';
  if (route.kind === 'compare') return route.hash;
  return '';
}
