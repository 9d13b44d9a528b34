import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { useFilterParams } from './filter-params';

function render(url: string) {
  const wrapper = ({ children }: { children: ReactNode }) => <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>;
  return renderHook(() => ({ filters: useFilterParams(), location: useLocation() }), { wrapper });
}

describe('useFilterParams', () => {
  it('reads a date only when it is one, and the page from 0', () => {
    const { result } = render('/x?from=2026-02-31&to=2026-11-01&page=3');
    expect(result.current.filters.date('from')).toBe('');
    expect(result.current.filters.date('to')).toBe('2026-11-01');
    expect(result.current.filters.page).toBe(3);
    expect(render('/x?page=-2').result.current.filters.page).toBe(0);
    expect(render('/x?page=abc').result.current.filters.page).toBe(0);
  });

  it('changes filters, drops the emptied ones and goes back to the first page; turns pages', () => {
    const { result } = render('/x?kind=JOINT&status=PLANNED&page=4');
    act(() => result.current.filters.go({ kind: '', status: 'HELD', from: '2026-01-01' }));
    expect(new URLSearchParams(result.current.location.search).toString()).toBe('status=HELD&from=2026-01-01');
    act(() => result.current.filters.toPage(2));
    expect(result.current.location.search).toBe('?status=HELD&from=2026-01-01&page=2');
    expect(result.current.filters.page).toBe(2);
  });
});
