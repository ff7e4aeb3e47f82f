/**
 * Phaser forgets a few things when a game is destroyed; the floor is a new game on every
 * screen, so over a lesson they add up (each one kept a whole screen alive before). These
 * helpers hand them back. Each is a no-op if a later Phaser stops doing it.
 */
import * as Phaser from 'phaser';

type Added = [type: string, listener: EventListenerOrEventListenerObject, options: boolean | AddEventListenerOptions | undefined];

/**
 * Phaser's visibility handler adds a `visibilitychange` listener to the document when a game
 * starts (after its textures load) and never removes it, and sets `window.onblur`/`onfocus`.
 * This notes what the game's start adds; the returned function takes it off again (the window
 * handlers only if no later game has replaced them), and a game destroyed before it started
 * never starts (Phaser would otherwise run the loop of a destroyed game).
 */
export function trackDocumentListeners(game: Phaser.Game): () => void {
  const added: Added[] = [];
  let released = false;
  let handlers: { blur: Window['onblur']; focus: Window['onfocus'] } | undefined;
  const open = game as unknown as { start(): void };
  const start = open.start;
  open.start = function (this: unknown) {
    if (released) return;
    const original = document.addEventListener;
    document.addEventListener = function (this: Document, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      if (listener) added.push([type, listener, options]);
      if (listener) original.call(this, type, listener, options);
    } as typeof document.addEventListener;
    try {
      start.call(game);
    } finally {
      document.addEventListener = original;
      handlers = { blur: window.onblur, focus: window.onfocus };
    }
  };
  return () => {
    released = true;
    for (const [type, listener, options] of added.splice(0)) document.removeEventListener(type, listener, options);
    if (handlers && window.onblur === handlers.blur) window.onblur = null;
    if (handlers && window.onfocus === handlers.focus) window.onfocus = null;
    handlers = undefined;
  };
}

/**
 * The texture manager owns a TileSprite (a stamp for dynamic textures) that its destroy()
 * forgets: the sprite's two canvases stay in Phaser's page-wide CanvasPool with the sprite as
 * their owner, and through it the game, its scene and the DOM the scene was given.
 */
export function releasePooledCanvases(game: Phaser.Game): void {
  const stamp = (game.textures as { tileSprite?: object | null } | undefined)?.tileSprite;
  if (stamp) Phaser.Display.Canvas.CanvasPool.remove(stamp);
}
