import { useSearchParams } from 'wouter';

/** The Devices panel's segment controller, in the URL like every other list filter (design §3). */
export function useDevicesSegment(): [string | null, (id: string) => void] {
  const [params, setParams] = useSearchParams();
  const select = (id: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('devices', id);
        return next;
      },
      { replace: true },
    );
  return [params.get('devices'), select];
}
