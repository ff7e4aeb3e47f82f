/** Types of harness.mjs, for the TypeScript benchmark that shares it. */
export declare const root: string;
export declare function findChromium(): string;
export declare function startPreview(): Promise<{ server: { close(): Promise<void> | void }; url: string }>;
export declare function waitUntilServing(url: string, timeoutMs?: number): Promise<void>;
