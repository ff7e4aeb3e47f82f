/**
 * The parts of the game that are not needed to show the menu, each fetched the first time it
 * is opened (see ARCHITECTURE.md, "Chunks: what loads when"). The floor renderer and Phaser
 * load on their own, from src/ui/widgets/floor.ts, when a level is started.
 */
import { chunk } from './chunk';

export const editorPart = chunk(() => import('./editor-part'));
export const lessonPart = chunk(() => import('./lesson-part'));
export const compareScreenPart = chunk(() => import('../workshop/compare/screen'));
export const playPart = chunk(() => import('./play-part'));
