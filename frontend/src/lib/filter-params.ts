import { useSearchParams } from 'react-router-dom';
import { isIsoDate } from './format';

/**
 * A list's filters kept in the URL (a link shows the same list, Back undoes a change): a date is read only when it is
 * one, the page from 0; `go` changes some filters (an empty value removes one) and returns to the first page;
 * `toPage` turns the page.
 */
export function useFilterParams() {
  const [params, setParams] = useSearchParams();
  const date = (name: string) => {
    const value = params.get(name) ?? '';
    return isIsoDate(value) ? value : '';
  };
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);
  const go = (patch: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    next.delete('page');
    setParams(next);
  };
  const toPage = (to: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(to));
    setParams(next);
  };
  return { params, date, page, go, toPage };
}
