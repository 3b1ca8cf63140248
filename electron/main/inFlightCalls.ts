/**
 * The API calls main is still answering (an import parsing a PDF, a save), so a project is never closed under one.
 */
export function createInFlightCalls() {
  const running = new Set<Promise<unknown>>();
  return {
    track<T>(call: Promise<T>): Promise<T> {
      running.add(call);
      const forget = () => running.delete(call);
      call.then(forget, forget);
      return call;
    },
    get busy(): boolean {
      return running.size > 0;
    },
    /** Resolves once every call under way now, and any started while waiting, has finished. */
    async settled(): Promise<void> {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
export type InFlightCalls = ReturnType<typeof createInFlightCalls>;
