/**
 * Calls `run` once `quietMs` have passed without a `restart()`. A restart only notes the time: the one browser timer,
 * when it fires early, waits out the rest. Lexical updates the draft a few times a key, and clearing and setting a
 * timer at each update was about 0.1 ms a key for the plugins that wait for the writer to pause.
 */
export function quietTimer(quietMs: number, run: () => void) {
  let due = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const fire = () => {
    const wait = due - Date.now();
    if (wait > 0) {
      timer = setTimeout(fire, wait);
      return;
    }
    timer = null;
    run();
  };
  return {
    restart() {
      due = Date.now() + quietMs;
      timer ??= setTimeout(fire, quietMs);
    },
    /** Whether `run` is still to come. */
    pending: () => timer !== null,
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
