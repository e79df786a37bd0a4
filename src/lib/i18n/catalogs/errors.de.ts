import type { Translation } from '@/lib/i18n/catalog';
import type { errorsEn } from './errors.en';

export const errorsDe: Translation<typeof errorsEn> = {
  'errors.network_error':
    'Die Lizenzierungs-Cloud ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.',
  'errors.timeout':
    'Die Lizenzierungs-Cloud hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut.',
  'errors.busy': 'Die Lizenzierungs-Cloud ist ausgelastet. Versuchen Sie es gleich noch einmal.',
  'errors.busyFor':
    'Die Lizenzierungs-Cloud ist ausgelastet. Versuchen Sie es in {seconds} s erneut.',
  'errors.sessionExpired':
    'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.',
  'errors.malformed_response':
    'Die Lizenzierungs-Cloud hat eine Antwort gesendet, die diese App nicht lesen kann. Versuchen Sie es später erneut.',
  'errors.serverProblem':
    'Bei der Lizenzierungs-Cloud ist ein Problem aufgetreten ({message}). Versuchen Sie es erneut.',
  'errors.unknown': 'Etwas ist schiefgegangen. Versuchen Sie es erneut.',
};
