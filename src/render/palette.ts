/**
 * The floor's colours: flat and calm, dark enough to survive a washed-out projector. Every
 * state that has a colour also has a shape or an icon (see icons.ts), so none is told by
 * colour alone.
 */
export const INK = '#1d2630';
export const MUTED = '#4a5562';
export const PAPER = '#ffffff';

export const FLOOR = '#fbf9f4';
export const FLOOR_GRID = '#e4dfd3';
/** floor tints of rooms, in order */
export const ROOM_TINTS = ['#fbf7ee', '#eef2f5', '#f3f6ec', '#f7f0f2', '#eff3f7'];
export const WALL = '#3a4451';
export const WALL_EDGE = '#2a323c';
export const DOOR_LEAF = '#9a6a3a';
export const DOOR_ARC = '#9aa3ad';

export const COUNTER_TOP = '#c3ccd5';
export const COUNTER_EDGE = '#6e7b89';
export const TABLE_TOP = '#e5cda6';
export const TABLE_EDGE = '#9c7440';
export const CHAIR = '#d3d8de';

export const BOX = '#c98f4e';
export const BOX_DARK = '#8a5a2b';
export const BOX_TAPE = '#e8c488';

/** the stations' own colour (the UI's accent) */
export const STATION = '#2d6a5a';
export const STATION_LIGHT = '#d6ebe4';
export const STATION_BUSY = '#1d2630';

export const ROOM_LABEL = '#6b655a';
export const SPOT = '#5b6775';

/** units by what they are doing */
export const UNIT = {
  walk: '#2f6db5',
  queue: '#c77800',
  value: '#2e7d32',
  waste: '#c62f45',
  search: '#7a48b5',
  defect: '#8c3b12',
} as const;
export type UnitLook = keyof typeof UNIT;

export const QUEUE_BADGE = '#c77800';
export const ROUTE_TAPE = '#f1cd98';
export const ROUTE_ARROW = '#c96a00';
export const DROP_OK = '#2e7d32';
export const DROP_BAD = '#c62f45';
export const SELECT_RING = '#111111';

/** the card tools' sign colours */
export const TOOL_COLOURS = {
  '5s': '#1f7a8c',
  visual: '#3949ab',
  routing: '#d06a00',
  levelling: '#6d5d1f',
} as const;
export type ToolGroup = keyof typeof TOOL_COLOURS;

export function toolGroup(tool: string): ToolGroup {
  if (tool.startsWith('5s')) return '5s';
  if (tool === 'visual' || tool === 'routing' || tool === 'levelling') return tool;
  return 'visual';
}

/** 5S step number (1..5) of a 5S tool, 0 otherwise */
export function fiveSStep(tool: string): number {
  return ['5s-sort', '5s-set-in-order', '5s-shine', '5s-standardize', '5s-sustain'].indexOf(tool) + 1;
}

/**
 * The signs to show at one place: one per tool group, in the order first applied; the 5S
 * sign carries which of the five steps are in force there as a bit mask (bit 0 = Sort).
 */
export function signBadges(tools: readonly string[]): { group: ToolGroup; mask: number }[] {
  const out: { group: ToolGroup; mask: number }[] = [];
  for (const tool of tools) {
    const group = toolGroup(tool);
    let badge = out.find((b) => b.group === group);
    if (!badge) out.push((badge = { group, mask: 0 }));
    const step = fiveSStep(tool);
    if (step > 0) badge.mask |= 1 << (step - 1);
  }
  return out;
}

export function hexToNumber(hex: string): number {
  return Number.parseInt(hex.slice(1, 7), 16);
}
