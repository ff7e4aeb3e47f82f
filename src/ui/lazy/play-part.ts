/** The screens of a played level (briefing → round → results → kaizen → debrief), fetched when a level is first started. */
export { briefingScreen } from '../screens/briefing';
export { debriefScreen } from '../screens/debrief';
export { kaizenScreen } from '../screens/kaizen';
export { resultsScreen } from '../screens/results';
export { roundScreen } from '../screens/round';
export { practiceScoreScreen } from '../workshop/practice/practice-score';
