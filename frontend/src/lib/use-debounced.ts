import { useEffect, useState } from 'react';

/** `value`, once it has stopped changing for `delay` ms (compared by JSON, so a rebuilt equal object does not count). */
export function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  const key = JSON.stringify(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(JSON.parse(key) as T), delay);
    return () => clearTimeout(timer);
  }, [key, delay]);
  return debounced;
}
