import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { useRef } from 'react';
import type { ApiError } from './errors';

type Options<Data, Variables> = Omit<
  UseMutationOptions<Data, ApiError, Variables>,
  'mutationFn'
> & {
  mutationFn: (variables: Variables, idempotencyKey: string) => Promise<Data>;
};

/**
 * A command sent with an Idempotency-Key (R7, R10), one per user intent: the same variables sent
 * again after a failure or a lost answer reuse the key, so the cloud applies them once; other
 * variables, or the same ones after a success, are a new intent with a new key.
 */
export function useIdempotentMutation<Data, Variables>({
  mutationFn,
  onSuccess,
  ...options
}: Options<Data, Variables>) {
  const intent = useRef<{ variables: string; key: string } | null>(null);
  return useMutation({
    ...options,
    mutationFn: (variables: Variables) => {
      const text = JSON.stringify(variables);
      if (intent.current?.variables !== text)
        intent.current = { variables: text, key: crypto.randomUUID() };
      return mutationFn(variables, intent.current.key);
    },
    onSuccess: (...args) => {
      intent.current = null;
      return onSuccess?.(...args);
    },
  });
}
