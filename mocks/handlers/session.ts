import { http } from 'msw';
import { cloud } from '../cloud/instance';
import { respond } from './respond';

export const sessionHandlers = [
  http.get('*/api/session', () => respond(() => cloud().session())),
  http.get('*/api/clock', () => respond(() => cloud().clock())),
];
