/**
 * Asks the service worker whether this page came from a copy saved on the device rather than from the
 * network (src/plugins/offline/service-worker.js answers). Resolves false when no worker controls the
 * page, or when it does not answer within a second.
 */
export const SAVED_COPY_QUESTION = 'library:was-saved-copy';

export function askWhetherSavedCopy(address: string): Promise<boolean> {
  const worker = typeof navigator !== 'undefined' ? navigator.serviceWorker?.controller : undefined;
  if (!worker) return Promise.resolve(false);
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(false), 1000);
    channel.port1.onmessage = (event: MessageEvent<{ saved?: boolean }>) => {
      clearTimeout(timer);
      resolve(event.data?.saved === true);
    };
    worker.postMessage({ type: SAVED_COPY_QUESTION, url: address }, [channel.port2]);
  });
}
