/**
 * The checker's problems said plainly, for the editor's list: each becomes a message key and
 * its parameters (the UI words them in Russian or English). A text empty in both languages
 * is one problem, not two. A message the editor has no wording for is shown as the checker
 * wrote it.
 */
import type { LevelIssue } from '../../sim';
import { parsePath } from './locate';

export interface Explained {
  path: string;
  /** a key of the editor's strings (without the `ed_issue_` prefix), or 'raw' */
  key: string;
  params: Record<string, string>;
}

const RULES: { re: RegExp; key: string; names?: string[] }[] = [
  { re: /^Too small: expected string to have >=1 characters$/, key: 'emptyText' },
  { re: /^Too small: expected array to have >=1 items$/, key: 'emptyList' },
  { re: /^Too small: expected number to be >=(.+)$/, key: 'atLeast', names: ['n'] },
  { re: /^Too small: expected number to be >(.+)$/, key: 'above', names: ['n'] },
  { re: /^Too big: expected number to be <=(.+)$/, key: 'atMost', names: ['n'] },
  { re: /^Invalid input: expected int, received number$/, key: 'wholeNumber' },
  { re: /^Invalid input: expected number, received .*$/, key: 'number' },
  { re: /^required, but missing/, key: 'missing' },
  { re: /^an id is lower-case latin letters/, key: 'badId' },
  { re: /^unknown field "(.+)"$/, key: 'unknownField', names: ['field'] },
  { re: /^"(.+)" stands at \((\d+), (\d+)\) on a wall$/, key: 'onWall', names: ['id', 'x', 'y'] },
  { re: /^"(.+)" stands at \((\d+), (\d+)\) on an obstacle$/, key: 'onObstacle', names: ['id', 'x', 'y'] },
  { re: /^"(.+)" stands at \((\d+), (\d+)\), outside the floor plan$/, key: 'offPlan', names: ['id', 'x', 'y'] },
  { re: /^"(.+)" stands on the same tile as "(.+)"$/, key: 'sameTile', names: ['id', 'other'] },
  { re: /^the id "(.+)" is used twice among stations and spots$/, key: 'twicePlaces', names: ['id'] },
  { re: /^the (?:step )?id "(.+)" is used twice$/, key: 'twice', names: ['id'] },
  { re: /^there is no station "(.*)"$/, key: 'noStation', names: ['id'] },
  { re: /^there is no spot "(.*)"$/, key: 'noSpot', names: ['id'] },
  { re: /^there is no step "(.*)".*$/, key: 'noStep', names: ['id'] },
  { re: /^there is no entity "(.*)"$/, key: 'noEntity', names: ['id'] },
  { re: /^there is no card "(.*)"$/, key: 'noCard', names: ['id'] },
  { re: /^station "(.+)" cannot be reached from "(.+)": it is walled in$/, key: 'walledIn', names: ['id', 'from'] },
  { re: /^"(.+)" cannot be reached from "(.+)"$/, key: 'unreachable', names: ['id', 'from'] },
  { re: /^row (\d+) is (\d+) tiles wide, but the first row is (\d+)$/, key: 'rowWidth', names: ['y', 'w', 'first'] },
  { re: /^room "(.+)" runs off the floor plan$/, key: 'roomOff', names: ['id'] },
  { re: /^min is greater than max$/, key: 'minMax' },
  { re: /^a triangular distribution needs min ≤ mode ≤ max$/, key: 'triangular' },
  { re: /^a window must close after it opens$/, key: 'window' },
  { re: /^a window must end within the period$/, key: 'windowPeriod' },
  { re: /^card "(.+)" does nothing/, key: 'cardEmpty', names: ['id'] },
  { re: /^a step can only continue at the station of the step before it$/, key: 'continues' },
  { re: /^Invalid input$/, key: 'invalid' },
  // What makes a file impossible to show in the forms (shape.ts).
  { re: /^not JSON: (.*)$/, key: 'notJson', names: ['reason'] },
  { re: /^a level file is one JSON object/, key: 'notObject' },
  { re: /^a list \[ … \] is missing$/, key: 'noList' },
  { re: /^a text \{ "ru": …, "en": … \} is missing$/, key: 'noText' },
  { re: /^(each element must be|must be) an object/, key: 'notObject' },
  { re: /^the floor plan/, key: 'noFloor' },
  { re: /^the (arrivals|duration|value measure) \{ .* \} (is|are) missing$/, key: 'noPart' },
  { re: /^the file is written for format version (.+); this game reads version (.+)$/, key: 'version', names: ['v', 'ours'] },
];

/** The list of stations is empty, the route is empty…: the empty list says what to add. */
function emptyListKey(path: string): string {
  const s = parsePath(path);
  if (s.length === 1 && s[0] === 'stations') return 'noStations';
  if (s.length === 1 && s[0] === 'spots') return 'noSpots';
  if (s.length === 1 && s[0] === 'entities') return 'noEntities';
  if (s[s.length - 1] === 'route') return 'emptyRoute';
  if (s[s.length - 1] === 'targets') return 'noTargets';
  return 'emptyList';
}

export function explainIssue(issue: LevelIssue): Explained {
  for (const rule of RULES) {
    const m = issue.message.match(rule.re);
    if (!m) continue;
    const params: Record<string, string> = {};
    rule.names?.forEach((name, i) => (params[name] = m[i + 1] ?? ''));
    const key = rule.key === 'emptyList' ? emptyListKey(issue.path) : rule.key;
    return { path: issue.path, key, params };
  }
  return { path: issue.path, key: 'raw', params: { message: issue.message } };
}

/** Every problem explained; an empty text's Russian and English halves become one problem at the text. */
export function explainIssues(issues: readonly LevelIssue[]): Explained[] {
  const out: Explained[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const e = explainIssue(issue);
    if (e.key === 'emptyText' && /\.(ru|en)$/.test(e.path)) {
      const textPath = e.path.replace(/\.(ru|en)$/, '');
      if (seen.has(textPath)) continue;
      seen.add(textPath);
      out.push({ ...e, path: `${textPath}.ru` });
      continue;
    }
    out.push(e);
  }
  return out;
}
