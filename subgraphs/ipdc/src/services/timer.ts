/** Schedules a callback; returns a function that cancels it. Tests inject their own. */
export interface Timer {
  schedule(run: () => void, ms: number): () => void;
}

/** setTimeout, unref'ed: a scheduled sync never keeps the process alive. */
export const unrefTimer: Timer = {
  schedule(run, ms) {
    const handle = setTimeout(run, ms);
    handle.unref();
    return () => clearTimeout(handle);
  },
};
