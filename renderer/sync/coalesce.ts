// One read in flight at a time, and one more after it when asked meanwhile: the panels that
// re-read the replica on every change (conflicts, the activity feed) must neither run reads side
// by side (an older answer landing last) nor drop the last request.

/**
 * A trigger for `read`: called while a read runs, it asks for exactly one more after it, and
 * only while `keepGoing()` (the panel still mounted, the engine not stopped).
 */
export function coalesce(read: () => Promise<unknown>, keepGoing: () => boolean): () => void {
  let reading = false;
  let again = false;
  const run = (): void => {
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    void read()
      .catch(() => undefined)
      .finally(() => {
        reading = false;
        if (again && keepGoing()) {
          again = false;
          run();
        }
      });
  };
  return run;
}
