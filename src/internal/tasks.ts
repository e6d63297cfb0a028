/**
 * Spreading work over tasks, so that no task keeps the page from answering
 * input for long (`npm run bench` measures the longest).
 */

/**
 * Resolves in a new task, without the 4 ms clamp of nested timers. Work that
 * waits for it runs in a task of its own, in the order it asked.
 */
export const nextTask = () =>
  new Promise<void>((resolve) => {
    const {port1, port2} = new MessageChannel();
    port1.onmessage = () => resolve();
    port2.postMessage(0);
  });
