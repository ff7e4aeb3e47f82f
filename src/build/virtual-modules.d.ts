/** The address of the editor's check worker, a chunk of the build (src/build/shared-worker-chunk.ts). */
declare module 'virtual:check-worker-url' {
  const url: string;
  export default url;
}
