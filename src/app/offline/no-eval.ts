/**
 * Imported first by main.ts. zod speeds up object parsing with code compiled by `new Function`,
 * and probes whether it may with a `new Function('')` in try/catch. The page's
 * Content-Security-Policy has no 'unsafe-eval', and the browser reports even a caught probe
 * as a violation, so zod is told up front to parse without generated code. Level files are
 * small: the interpreted parse costs nothing noticeable.
 */
import { config } from 'zod';

config({ jitless: true });
