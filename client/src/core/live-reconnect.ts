type Listener = () => void;

const listeners = new Set<Listener>();

/**
 * Runs `listener` whenever the subscription socket comes back after a drop (a restarted server, a lost network,
 * a keep-alive that timed out). Notices sent while it was down are lost, so whatever a subscription keeps live
 * asks again. Returns the function that stops listening.
 */
export function onLiveReconnect(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Called by the socket client when a retry connected. */
export function liveReconnected(): void {
  for (const listener of [...listeners]) listener();
}
