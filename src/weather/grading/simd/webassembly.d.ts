// The part of the WebAssembly JS API the kernels use: TypeScript declares it only with the DOM library, which
// this Node project does not load.
declare global {
  namespace WebAssembly {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- opaque; esbuild's types declare it empty too
    interface Module {}
    interface Instance {
      readonly exports: Record<string, unknown>;
    }
    interface Memory {
      readonly buffer: ArrayBuffer;
      grow(pages: number): number;
    }
    const Module: { new (bytes: Uint8Array): Module };
    const Instance: { new (module: Module, imports: object): Instance };
  }
}

export {};
