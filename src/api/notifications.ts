import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from './client';
import { notificationRoutes, type SaveNotificationSettingsBody } from './contract/notifications';

export const notificationQueries = {
  all: () => ['notifications'] as const,
  settings: () =>
    queryOptions({
      queryKey: [...notificationQueries.all(), 'settings'],
      queryFn: ({ signal }) => request(notificationRoutes.settings, { signal }),
    }),
  outbox: () =>
    queryOptions({
      queryKey: [...notificationQueries.all(), 'outbox'],
      queryFn: ({ signal }) => request(notificationRoutes.outbox, { signal }),
      select: (data) => data.items,
    }),
};

export function useSaveNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveNotificationSettingsBody) =>
      request(notificationRoutes.saveSettings, { body }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: notificationQueries.settings().queryKey }),
  });
}
