/**
 * The live check off the page's thread: a large level takes the loader a few hundred
 * milliseconds on a school PC (every card is tried on a copy), and typing must not stall.
 */
// zod must not probe for eval here either: the worker runs under the page's CSP.
import '../../app/offline/no-eval';
import { validateDraft, type Draft } from '../../app/editor/draft';

interface Request {
  seq: number;
  draft: Draft;
}

self.onmessage = (event: MessageEvent<Request>) => {
  const { seq, draft } = event.data;
  self.postMessage({ seq, check: validateDraft(draft) });
};
