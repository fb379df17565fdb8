type SessionExpiredHandler = () => void;
let handler: SessionExpiredHandler = () => undefined;

/** The shell registers where to send the user when the server says the session is gone. */
export function setSessionExpiredHandler(next: SessionExpiredHandler): void {
  handler = next;
}

export function onSessionExpired(): void {
  handler();
}
