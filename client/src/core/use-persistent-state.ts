import { useCallback, useEffect, useState } from 'react';

/**
 * State kept in sessionStorage under `key`, so that what the user typed survives an expired session:
 * the shell sends them to /login and back, and the form comes back as they left it.
 * Call `clear()` once the data is saved.
 */
export function usePersistentState<T>(key: string, initial: T): [T, (value: T | ((prev: T) => T)) => void, () => void] {
  const storageKey = `coalition.draft.${key}`;
  const [value, setValue] = useState<T>(() => {
    const raw = sessionStorage.getItem(storageKey);
    if (raw === null) return initial;
    try {
      return JSON.parse(raw) as T;
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    sessionStorage.setItem(storageKey, JSON.stringify(value));
  }, [storageKey, value]);
  const clear = useCallback(() => sessionStorage.removeItem(storageKey), [storageKey]);
  return [value, setValue, clear];
}
