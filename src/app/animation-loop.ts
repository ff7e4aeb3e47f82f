/**
 * Drives the playback clock from the browser's animation frames. Separate from Phaser's own
 * loop so the lesson keeps time even if drawing is slow or the renderer is swapped.
 */

/** `controller`: whatever keeps time now (the game, or a running lesson). */
export function startAnimationLoop(controller: { tick(realMs: number): void }): () => void {
  let last: number | undefined;
  let handle = 0;
  const frame = (now: number): void => {
    // A hidden tab gets no frames; never replay the whole gap at once when it comes back.
    const dt = last === undefined ? 0 : Math.min(250, now - last);
    last = now;
    controller.tick(dt);
    handle = requestAnimationFrame(frame);
  };
  handle = requestAnimationFrame(frame);
  return () => cancelAnimationFrame(handle);
}
